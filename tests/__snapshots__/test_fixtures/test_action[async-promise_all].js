/**
 * Auth0 post-login Action converted from the Rule promise_all.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@0.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  // This part of the rule calls `callback` from a nested function.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
    Promise.all([
      axios.get('https://hr.example.com/employees/' + event.user.user_id),
      axios.get('https://org.example.com/teams?member=' + event.user.user_id)
    ]).then(function ([employee, teams]) {
      api.idToken.setCustomClaim('https://example.com/title', employee.data.title);
      api.idToken.setCustomClaim('https://example.com/teams', teams.data.map(t => t.name));
      callback();
    }).catch(function (err) {
      console.log(err.message);
      callback(new Error('Could not load the employee profile'));
    });
  });
};


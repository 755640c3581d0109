/**
 * Auth0 post-login Action converted from the Rule promise_all.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const [employee, teams] = await Promise.all([
      axios.get('https://hr.example.com/employees/' + event.user.user_id),
      axios.get('https://org.example.com/teams?member=' + event.user.user_id)
    ]);
    api.idToken.setCustomClaim('https://example.com/title', employee.data.title);
    api.idToken.setCustomClaim('https://example.com/teams', teams.data.map(t => t.name));
  } catch (err) {
    console.log(err.message);
    return api.access.deny('Could not load the employee profile');
  }
};


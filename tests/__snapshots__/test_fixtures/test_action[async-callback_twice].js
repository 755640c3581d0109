/**
 * Auth0 post-login Action converted from the Rule callback_twice.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, body] = await new Promise((resolve) => request.get({ url: 'https://status.example.com/users/' + event.user.user_id, json: true }, (...results) => resolve(results)));
  // This part of the rule calls `callback` and then runs more code.
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
    if (!err && body.suspended) {
      // TODO(rules2actions R2A125): `callback` may be called again after this call on the same path; the first call decides, as in Rules
      callback(new Error('Account suspended'));
    }
    callback();
  });
};


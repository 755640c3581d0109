/**
 * Auth0 post-login Action converted from the Rule callback_call_result.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  function denyWith(reason) {
    return new Error('Denied: ' + reason);
  }
  const [err, res, body] = await new Promise((resolve) => request.get({ url: 'https://hours.example.com/open', json: true }, (...results) => resolve(results)));
  // This part of the rule calls `callback` with a value that may or may not be an error.
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
    if (err || !body.open) return callback(denyWith('outside business hours'));
    callback();
  });
};


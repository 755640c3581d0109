/**
 * Auth0 post-login Action converted from the Rule callback_call_result.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // The rule calls back from asynchronous code, so the handler waits for that call;
  // as in Rules, the first call decides and later ones are ignored (rules2actions R2A120).
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
    function denyWith(reason) {
      return new Error('Denied: ' + reason);
    }
    request.get({ url: 'https://hours.example.com/open', json: true }, (err, res, body) => {
      if (err || !body.open) return callback(denyWith('outside business hours'));
      callback();
    });
  });
};


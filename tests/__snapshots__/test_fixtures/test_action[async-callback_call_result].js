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
  if (err || !body.open) return api.access.deny(denyWith('outside business hours').message);
};


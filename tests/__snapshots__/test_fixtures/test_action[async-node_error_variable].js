/**
 * Auth0 post-login Action converted from the Rule node_error_variable.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, response, body] = await new Promise((resolve) => request.post({
    url: 'https://risk.example.com/score',
    json: { email: event.user.email, ip: event.request.ip }
  }, (...results) => resolve(results)));
  let error = null;
  if (err) {
    error = err;
  } else if (body.score > 80) {
    error = new Error('High risk login');
  } else {
    api.accessToken.setCustomClaim('https://example.com/risk', body.score);
  }
  if (error) return api.access.deny(error.message);
};


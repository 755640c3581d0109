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
    callback(error);
  });
};


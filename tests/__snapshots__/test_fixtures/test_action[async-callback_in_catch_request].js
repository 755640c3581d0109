/**
 * Auth0 post-login Action converted from the Rule callback_in_catch_request.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, body] = await new Promise((resolve) => request.get({ url: 'https://claims.example.com/claims/' + event.user.user_id }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  try {
    const claims = JSON.parse(body);
    api.idToken.setCustomClaim('https://example.com/tier', claims.tier);
  } catch (parseError) {
    return api.access.deny('bad claims payload');
  }
};


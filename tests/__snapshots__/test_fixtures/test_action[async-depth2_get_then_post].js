/**
 * Auth0 post-login Action converted from the Rule depth2_get_then_post.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, accounts] = await new Promise((resolve) => request.get({ url: event.secrets.API + '/accounts?email=' + event.user.email, json: true }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (accounts.length > 0) {
    api.idToken.setCustomClaim('https://example.com/account_id', accounts[0].id);
    return;
  }
  const [err2, res2, created] = await new Promise((resolve) => request.post({ url: event.secrets.API + '/accounts', json: { email: event.user.email } }, (...results) => resolve(results)));
  if (err2) return api.access.deny(err2.message);
  api.idToken.setCustomClaim('https://example.com/account_id', created.id);
};


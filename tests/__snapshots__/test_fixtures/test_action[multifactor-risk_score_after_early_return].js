/**
 * Auth0 post-login Action converted from the Rule risk_score_after_early_return.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - RISK_API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Admins always get Guardian, without asking the risk service.
  if (event.client.name === 'Admin Dashboard') {
    api.multifactor.enable('guardian', { allowRememberBrowser: false });
    return;
  }

  const [err, response, body] = await new Promise((resolve) => request.get({
    url: event.secrets.RISK_API + '/score/' + encodeURIComponent(event.user.user_id),
    json: true
  }, (...results) => resolve(results)));
  if (err) {
    return api.access.deny(err.message);
  }
  // risky logins: any enrolled factor, every time
  if (body.score > 50) {
    api.multifactor.enable('any', { allowRememberBrowser: false });
  }
};


/**
 * Auth0 post-login Action converted from the Rule redirect_inside_request.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - KYC_API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, response, body] = await new Promise((resolve) => request.get({
    url: event.secrets.KYC_API + '/status/' + encodeURIComponent(event.user.user_id),
    json: true
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (body.status !== 'verified') {
    // send the user to the identity check, then come back to /continue
    api.redirect.sendUserTo(event.secrets.KYC_API + '/check');
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // send the user to the identity check, then come back to /continue
};


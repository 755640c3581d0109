/**
 * Auth0 post-login Action converted from the Rule nested_request.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUDIT_URL
 *
 * npm dependencies to add to this Action:
 *   - request@2.88.2
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, response, body] = await new Promise((resolve) => request.post({
    url: event.secrets.AUDIT_URL,
    json: { user_id: event.user.user_id, client: event.client.name },
    timeout: 5000,
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (response.statusCode !== 200) {
    return api.access.deny('Audit service returned ' + response.statusCode);
  }
  api.idToken.setCustomClaim('https://example.com/audit_id', body.id);
};


/**
 * Auth0 post-login Action converted from the Rule token_cache.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PARTNER_CLIENT_ID
 *   - PARTNER_TOKEN_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Reuse the partner API token across logins until it expires.
  if (global.partnerToken && global.partnerTokenExpiry > Date.now()) {
    return;
  }
  const [err, response, body] = await new Promise((resolve) => request.post({
    url: event.secrets.PARTNER_TOKEN_URL,
    form: { client_id: event.secrets.PARTNER_CLIENT_ID, grant_type: 'client_credentials' },
    json: true,
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  global.partnerToken = body.access_token;
  global.partnerTokenExpiry = Date.now() + body.expires_in * 1000;
};


/**
 * Auth0 post-login Action converted from the Rule token_cache.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PARTNER_CLIENT_ID
 *   - PARTNER_TOKEN_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Reuse the partner API token across logins until it expires.
  if (global.partnerToken && global.partnerTokenExpiry > Date.now()) {
    return;
  }
  request.post({
    url: event.secrets.PARTNER_TOKEN_URL,
    form: { client_id: event.secrets.PARTNER_CLIENT_ID, grant_type: 'client_credentials' },
    json: true,
  }, function (err, response, body) {
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    if (err) return callback(err);
    global.partnerToken = body.access_token;
    global.partnerTokenExpiry = Date.now() + body.expires_in * 1000;
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    callback(null, user, context);
  });
};


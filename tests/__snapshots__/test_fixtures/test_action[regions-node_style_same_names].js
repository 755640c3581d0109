/**
 * Auth0 post-login Action converted from the Rule node_style_same_names.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CRM_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Look the contact up, then record the login against it.
  let [err, response, body] = await new Promise((resolve) => request.get({
    url: event.secrets.CRM_URL + '/contacts?email=' + encodeURIComponent(event.user.email),
    json: true
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (response.statusCode !== 200 || !body.id) {
    return;
  }
  [err, response, body] = await new Promise((resolve) => request.post({
    url: event.secrets.CRM_URL + '/contacts/' + body.id + '/logins',
    json: { at: Date.now(), client: event.client.name }
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  api.idToken.setCustomClaim('https://example.com/crm_login', body.login_id);
};


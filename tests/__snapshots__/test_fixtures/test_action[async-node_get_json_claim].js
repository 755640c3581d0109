/**
 * Auth0 post-login Action converted from the Rule node_get_json_claim.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PROFILE_API
 *   - PROFILE_API_KEY
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, data] = await new Promise((resolve) => request.get({
    url: event.secrets.PROFILE_API + '/profiles/' + encodeURIComponent(event.user.email),
    headers: { Authorization: 'Bearer ' + event.secrets.PROFILE_API_KEY },
    json: true
  }, (...results) => resolve(results)));
  if (err) {
    return api.access.deny(err.message);
  }
  if (res.statusCode === 404) {
    return;
  }
  if (res.statusCode !== 200) {
    return api.access.deny('profile api: ' + res.statusCode);
  }
  api.idToken.setCustomClaim('https://example.com/department', data.department);
};


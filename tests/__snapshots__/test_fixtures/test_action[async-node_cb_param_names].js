/**
 * Auth0 post-login Action converted from the Rule node_cb_param_names.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - BLOCKLIST_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [e, resp, result] = await new Promise((resolve) => request({
    method: 'GET',
    url: event.secrets.BLOCKLIST_URL,
    qs: { email: event.user.email },
    json: true
  }, (...results) => resolve(results)));
  if (e) return api.access.deny(e.message);
  /* the list answers {blocked: true|false} */ if (result && result.blocked) {
    return api.access.deny('Access denied: blocked account');
  }
};


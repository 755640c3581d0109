/**
 * Auth0 post-login Action converted from the Rule node_put_form.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CRM_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Keep the CRM contact in sync (form-encoded PUT).
  const [err, response] = await new Promise((resolve) => request.put({
    url: event.secrets.CRM_URL + '/contacts/' + event.user.user_id,
    form: { email: event.user.email, name: event.user.name || '' }
  }, (...results) => resolve(results)));
  if (err || response.statusCode >= 400) {
    console.log('crm sync failed', err || response.statusCode);
  }
};


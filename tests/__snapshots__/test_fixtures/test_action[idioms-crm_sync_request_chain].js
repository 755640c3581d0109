/**
 * Auth0 post-login Action converted from the Rule crm_sync_request_chain.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CRM_SECRET
 *   - CRM_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const base = event.secrets.CRM_URL + '/api/';

  // TODO(rules2actions R2A421): `global.postError` defines a helper for later rules; define it in each Action that uses it
  global.postError = function (message, ctx) {
    ctx.idToken['https://example.com/crm_error'] = message;
    return ctx;
  };

  if (event.user.app_metadata && event.user.app_metadata.crm_id) {
    // Fire-and-forget: record the login, nobody waits for the answer.
    request.post({ url: base + 'logins', json: { crm_id: event.user.app_metadata.crm_id } });
    return;
  }

  const [err, response, body] = await new Promise((resolve) => request.get({ url: base + 'contacts?email=' + encodeURIComponent(event.user.email), json: true }, (...results) => resolve(results)));
  if (err) {
    // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
    global.postError('lookup failed', context);
    return;
  }
  if (response.statusCode === 200 && body.id) {
    event.user.app_metadata.crm_id = body.id;
    api.user.setAppMetadata('crm_id', event.user.app_metadata.crm_id);
  }
  const signature = event.secrets.CRM_SECRET;
  const [err2, res2, created] = await new Promise((resolve) => request.post({ url: base + 'contacts', json: { email: event.user.email, name: event.user.name }, headers: { 'x-signature': signature } }, (...results) => resolve(results)));
  if (err2 || res2.statusCode !== 201) {
    // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
    global.postError('create failed', context);
    return;
  }
  event.user.app_metadata.crm_id = created.id;
  api.user.setAppMetadata('crm_id', event.user.app_metadata.crm_id);
};


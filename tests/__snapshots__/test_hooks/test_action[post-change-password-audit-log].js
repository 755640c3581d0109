/**
 * Auth0 post-change-password Action converted from the Hook audit-log.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - AUDIT_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
var request = require('request');

exports.onExecutePostChangePassword = async (event, api) => {
  // TODO(rules2actions R2A624): `user.id` becomes `event.user.user_id`, which carries the provider prefix (`auth0|...`); the Hook's id had none
  var entry = {
    event: 'password_changed',
    user_id: 'auth0|' + event.user.user_id,
    connection: event.connection.name,
    tenant: event.tenant.id,
    at: new Date().toISOString(),
  };
  const [err, response] = await new Promise((resolve) => request.post({ url: event.secrets.AUDIT_URL, json: entry }, (...results) => resolve(results)));
  if (err) {
    console.log('audit failed: ' + err.message);
    throw err;
  }
  if (response.statusCode >= 300) {
    throw new Error('audit rejected');
  }
};


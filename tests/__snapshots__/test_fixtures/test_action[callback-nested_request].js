/**
 * Auth0 post-login Action converted from the Rule nested_request.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUDIT_URL
 *
 * npm dependencies to add to this Action:
 *   - request@2.56.0
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  request.post({
    url: event.secrets.AUDIT_URL,
    json: { user_id: event.user.user_id, client: event.client.name },
    timeout: 5000,
  }, function (err, response, body) {
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    if (err) return callback(err);
    if (response.statusCode !== 200) {
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      return callback(new Error('Audit service returned ' + response.statusCode));
    }
    api.idToken.setCustomClaim('https://example.com/audit_id', body.id);
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    callback(null, user, context);
  });
};


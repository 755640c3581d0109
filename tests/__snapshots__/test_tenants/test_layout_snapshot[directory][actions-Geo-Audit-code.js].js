/**
 * Auth0 post-login Action converted from the Rule Geo-Audit by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUDIT_URL
 *
 * npm dependencies to add to this Action:
 *   - request@2.81.0
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const request = require('request');

  const entry = {
    user: event.user.user_id,
    client: event.client.name,
    ip: event.request.ip,
    country: event.request.geoip.countryCode,
    agent: event.request.user_agent,
    logins: event.stats.logins_count,
  };

  // Send the audit entry, then let the login continue.
  request.post({ url: event.secrets.AUDIT_URL, json: entry }, function (err) {
    if (err) {
      console.log('audit failed', err.message);
    }
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    callback(null, user, context);
  });
};


/**
 * Auth0 post-login Action converted from the Rule Geo-Audit by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUDIT_URL
 *
 * npm dependencies to add to this Action:
 *   - request@2.88.2
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const entry = {
    user: event.user.user_id,
    client: event.client.name,
    ip: event.request.ip,
    country: event.request.geoip.countryCode,
    agent: event.request.user_agent,
    logins: event.stats.logins_count,
  };

  // Send the audit entry, then let the login continue.
  const [err] = await new Promise((resolve) => request.post({ url: event.secrets.AUDIT_URL, json: entry }, (...results) => resolve(results)));
  if (err) {
    console.log('audit failed', err.message);
  }
};


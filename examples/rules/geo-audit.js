function geoAudit(user, context, callback) {
  const request = require('request@2.81.0');

  const entry = {
    user: user.user_id,
    client: context.clientName,
    ip: context.request.ip,
    country: context.request.geoip.country_code,
    agent: context.request.userAgent,
    logins: context.stats.loginsCount,
  };

  // Send the audit entry, then let the login continue.
  request.post({ url: configuration.AUDIT_URL, json: entry }, function (err) {
    if (err) {
      console.log('audit failed', err.message);
    }
    callback(null, user, context);
  });
}

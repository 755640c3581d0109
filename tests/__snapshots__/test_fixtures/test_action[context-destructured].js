/**
 * Auth0 post-login Action converted from the Rule destructured.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Everything this rule needs from the login, in one place.
  const clientName = event.client.name;
  const connection = event.connection.name;
  const ip = event.request.ip;
  const geoip = event.request.geoip && {
    country_code: event.request.geoip.countryCode,
    country_name: event.request.geoip.countryName,
  };
  const agent = event.request.user_agent;
  let clientID = event.client.client_id;
  let { strategy = 'auth0' } = event.connection;
  const stats = event.stats && {
    loginsCount: event.stats.logins_count,
  };

  if (geoip && geoip.country_code === 'KP') {
    return api.access.deny('Access from ' + geoip.country_name + ' is blocked');
  }
  api.idToken.setCustomClaim('https://example.com/login', {
    app: clientName + ' (' + clientID + ')',
    via: connection + '/' + strategy,
    from: ip,
    agent: agent,
    count: stats.loginsCount,
  });
};


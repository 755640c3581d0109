/**
 * Auth0 post-login Action converted from the Rule read_only_view.js by rules2actions.
 */
// The Rules `context` as code written for Rules reads it, built from the Action's
// `event`: a read-only view, writes to it change nothing (rules2actions R2A307).
function rulesContext(event) {
  return {
    tenant: event.tenant.id,
    clientID: event.client.client_id,
    clientName: event.client.name,
    clientMetadata: event.client.metadata,
    connection: event.connection.name,
    connectionID: event.connection.id,
    connectionStrategy: event.connection.strategy,
    connectionMetadata: event.connection.metadata,
    protocol: event.transaction?.protocol,
    riskAssessment: event.authentication?.riskAssessment,
    authentication: event.authentication,
    authorization: event.authorization,
    organization: event.organization,
    request: event.request && {
      ip: event.request.ip,
      hostname: event.request.hostname,
      query: event.request.query,
      body: event.request.body,
      language: event.request.language,
      userAgent: event.request.user_agent,
      geoip: event.request.geoip && {
        country_code: event.request.geoip.countryCode,
        country_code3: event.request.geoip.countryCode3,
        country_name: event.request.geoip.countryName,
        city_name: event.request.geoip.cityName,
        latitude: event.request.geoip.latitude,
        longitude: event.request.geoip.longitude,
        time_zone: event.request.geoip.timeZone,
        continent_code: event.request.geoip.continentCode,
        subdivision_code: event.request.geoip.subdivisionCode,
        subdivision_name: event.request.geoip.subdivisionName,
      },
    },
    stats: event.stats && {
      loginsCount: event.stats.logins_count,
    },
  };
}

exports.onExecutePostLogin = async (event, api) => {
  function logLogin() {
    console.log(event.user.email + ' signed in to ' + event.client.name + ' from ' +
      (event.request.geoip ? event.request.geoip.countryCode : 'somewhere'));
  }

  // A record of the login for the logs.
  console.log('login of ' + event.user.user_id + ': ' + JSON.stringify(rulesContext(event)));
  logLogin();
};


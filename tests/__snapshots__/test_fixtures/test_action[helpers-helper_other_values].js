/**
 * Auth0 post-login Action converted from the Rule helper_other_values.js by rules2actions.
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
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
  // `describe` serves the login and a plain object alike: it is left as it is.
  function describe(source) {
    return source.clientName + ' via ' + source.connection;
  }
  const fallback = { clientName: 'unknown', connection: 'none' };
  console.log(describe(rulesContext(event)));
  console.log(describe(fallback));

  // `flag` is passed on to `forEach`, so not every call of it can be seen.
  const flag = function (ctx) {
    ctx.idToken['https://example.com/flag'] = true;
  };
  // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
  [context].forEach(flag);
  // TODO(rules2actions R2A306): `flag` receives `context` here but is also passed on or stored (line 14), so not every call of it can be seen; its body is not converted
  // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
  flag(context);
};


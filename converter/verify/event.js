'use strict';
// `event` for an Action, built from a scenario's Rules-shaped `user` and `context` through
// the documented mapping (shared reference §1 and §2), independently of the converter.

const { clone } = require('./normalise');

const GEOIP = {
  country_code: 'countryCode', country_code3: 'countryCode3', country_name: 'countryName',
  city_name: 'cityName', latitude: 'latitude', longitude: 'longitude', time_zone: 'timeZone',
  continent_code: 'continentCode', subdivision_code: 'subdivisionCode',
  subdivision_name: 'subdivisionName',
};

function camel(key) {
  return key.replace(/_([a-z0-9])/g, (m, c) => c.toUpperCase());
}

function timestamp(value) {
  if (typeof value !== 'number') return value;
  return new Date(value > 1e11 ? value : value * 1000).toISOString();
}

let documentedUserFields = [];

function buildEvent(scenario, pass, carried) {
  const c = clone(scenario.context || {});
  // Only the documented `event.user` fields: Actions has no root attributes added by
  // earlier rules and no app_metadata merged into the root (reference §2).
  const given = clone(scenario.user || {});
  const user = {};
  for (const key of documentedUserFields) if (key in given) user[key] = given[key];
  user.app_metadata = user.app_metadata || {};
  user.user_metadata = user.user_metadata || {};
  if (pass === 'continue') {
    user.app_metadata = clone(carried.final.app_metadata);
    user.user_metadata = clone(carried.final.user_metadata);
  }
  const r = c.request || {};
  const request = {
    ip: r.ip,
    hostname: r.hostname,
    user_agent: r.userAgent,
    language: r.language,
    method: r.method || (pass === 'continue' ? 'POST' : 'GET'),
    query: r.query || {},
    body: r.body || {},
  };
  if (r.geoip) {
    request.geoip = {};
    for (const [key, value] of Object.entries(r.geoip)) request.geoip[GEOIP[key] || camel(key)] = value;
  }
  if (pass === 'continue') {
    request.query = clone(scenario.continue.query || {});
    request.body = clone(scenario.continue.body || {});
  }
  const event = {
    user,
    client: { client_id: c.clientID, name: c.clientName, metadata: c.clientMetadata || {} },
    connection: { id: c.connectionID, name: c.connection, strategy: c.connectionStrategy,
      metadata: c.connectionMetadata },
    tenant: { id: c.tenant },
    request,
    secrets: clone(scenario.configuration || {}),
    transaction: {
      protocol: c.protocol,
      requested_scopes: (scenario.requested_scopes || []).slice(),
      metadata: {},
      locale: c.locale,
    },
    stats: { logins_count: c.stats ? c.stats.loginsCount : undefined },
  };
  if (r.query && r.query.audience) event.resource_server = { identifier: r.query.audience };
  if (c.authentication || c.riskAssessment) {
    event.authentication = Object.assign({}, c.authentication || {});
    if (Array.isArray(event.authentication.methods)) {
      event.authentication.methods = event.authentication.methods.map(
        (m) => Object.assign({}, m, { timestamp: timestamp(m.timestamp) }));
    }
    if (c.riskAssessment) event.authentication.riskAssessment = c.riskAssessment;
  }
  if (c.authorization) event.authorization = c.authorization;
  if (c.organization) event.organization = Object.assign({ display_name: c.organization.name }, c.organization);
  if (c.sso || c.sessionID || c.auth0SessionId) {
    event.session = { id: c.auth0SessionId || c.sessionID };
    if (c.sso && Array.isArray(c.sso.current_clients)) {
      event.session.clients = c.sso.current_clients.map((id) => ({ client_id: id }));
    }
  }
  return event;
}

module.exports = { buildEvent, setDocumentedUserFields: (fields) => { documentedUserFields = fields; } };

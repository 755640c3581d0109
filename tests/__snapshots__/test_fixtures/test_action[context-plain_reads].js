/**
 * Auth0 post-login Action converted from the Rule plain_reads.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const info = {
    tenant: event.tenant.id,
    client: event.client.client_id,
    clientName: event.client.name,
    connection: event.connection.name,
    connectionId: event.connection.id,
    strategy: event.connection.strategy,
    protocol: event.transaction?.protocol,
    ip: event.request.ip,
    host: event.request.hostname,
    agent: event.request.user_agent,
    audience: event.request.query.audience,
    logins: event.stats.logins_count,
    country: event.request.geoip.countryCode,
    city: event.request.geoip.cityName,
  };
  console.log('login info', info);

  if (event.client.metadata.requireVerifiedEmail === 'true' && !event.user.email_verified) {
    return api.access.deny('Please verify your email before logging in.');
  }
  if (event.connection.metadata && event.connection.metadata.blocked === 'yes') {
    return api.access.deny('This connection is disabled');
  }
};


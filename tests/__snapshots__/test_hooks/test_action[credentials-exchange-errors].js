/**
 * Auth0 credentials-exchange Action converted from the Hook errors.js by rules2actions.
 */
exports.onExecuteCredentialsExchange = async (event, api) => {
  if (!event.client.metadata || !event.client.metadata.allowed) {
    return api.access.deny('invalid_scope', 'client is not allowed');
  }
  if (!event.request.body.tenant) {
    return api.access.deny('invalid_request', "missing 'tenant' in the token request");
  }
  if (event.request.body.tenant === 'broken') {
    return api.access.deny('server_error', 'tenant lookup failed');
  }
  if (event.resource_server.identifier.indexOf('internal') !== -1) {
    return api.access.deny('server_error', 'internal audiences are closed');
  }
  api.accessToken.setCustomClaim('https://example.com/tenant', event.request.body.tenant);
  api.accessToken.setCustomClaim('https://example.com/client_id', event.client.client_id);
};


/**
 * Auth0 credentials-exchange Action converted from the Hook validate-only.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - PARTNER_CLIENTS
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
// Only lets partner clients ask for the reporting API.
exports.onExecuteCredentialsExchange = async (event, api) => {
  const partners = JSON.parse(event.secrets.PARTNER_CLIENTS || '[]');
  if (event.resource_server.identifier === '@@REPORTING_AUDIENCE@@' && partners.indexOf(event.client.client_id) < 0) {
    return api.access.deny('invalid_request', `client ${event.client.name} is not a partner`);
    return;
  }
  // TODO(rules2actions R2A653): the Hook calls back without a response, so its token carried no scopes (only a response's `scope` keeps them); the Action's token keeps the granted scopes
};


/**
 * Auth0 credentials-exchange Action converted from the Hook scope-push.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecuteCredentialsExchange = async (event, api) => {
  const access_token = {};
  access_token.scope = event.accessToken.scope;
  if (event.resource_server.identifier === 'https://billing.example.com/') {
    // the billing API always wants read access
    // TODO(rules2actions R2A652): the Hook adds to the token's scopes; Actions (GA) cannot change the scopes of a client-credentials token
    access_token.scope.push('read:invoices');
  }
  api.accessToken.setCustomClaim('https://example.com/aud', event.resource_server.identifier);
};


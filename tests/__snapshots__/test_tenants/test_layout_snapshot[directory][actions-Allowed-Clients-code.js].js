/**
 * Auth0 post-login Action converted from the Rule Allowed-Clients by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only the tenant's own applications may log in; the Deploy CLI fills in the list.
  const allowedClients = @@ALLOWED_CLIENTS@@;
  if (allowedClients.indexOf(event.client.client_id) === -1) {
    return api.access.deny('Access to ' + event.client.name + ' is not allowed on ##TENANT_LABEL##');
  }
  api.idToken.setCustomClaim('https://##CLAIM_DOMAIN##/tenant', '##TENANT_LABEL##');
};


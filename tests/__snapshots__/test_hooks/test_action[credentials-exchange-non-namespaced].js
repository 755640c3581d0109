/**
 * Auth0 credentials-exchange Action converted from the Hook non-namespaced.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecuteCredentialsExchange = async (event, api) => {
  // Tenant id and plan for the downstream API gateway
  // TODO(rules2actions R2A650): the claim `plan` is not namespaced (or is on an Auth0 domain): the Hook dropped it from the token, so the Action does not set it
  // TODO(rules2actions R2A650): the claim `https://auth0.com/internal` is not namespaced (or is on an Auth0 domain): the Hook dropped it from the token, so the Action does not set it
  api.accessToken.setCustomClaim('https://api.example.com/tenant', event.client.metadata.tenant_id); // never reached the token
};


/**
 * Auth0 post-login Action converted from the Rule unknown_and_writes.js by rules2actions.
 *
 * 5 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Properties with no Actions equivalent, and data left on context for later rules.
  // TODO(rules2actions R2A300): `context.connectionOptions.tenant_domain` is not converted
  const domain = context.connectionOptions.tenant_domain;
  // TODO(rules2actions R2A300): `context.sso.current_clients` is not converted
  const clients = context.sso.current_clients;
  // TODO(rules2actions R2A303): `context.clientMetadata.lastSeenDomain` is written; `event` is read-only in Actions
  context.clientMetadata.lastSeenDomain = domain;
  // TODO(rules2actions R2A303): `context.myRuleRan` is written; data on `context` does not reach other Actions
  context.myRuleRan = true;
  // TODO(rules2actions R2A300): `context.sessionID` is not converted
  console.log(context.sessionID, clients);
};


/**
 * Auth0 post-login Action converted from the Rule unknown_and_writes.js by rules2actions.
 *
 * 5 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Properties with no Actions equivalent, and data left on context for later rules.
  // TODO(rules2actions R2A304): `context.connectionOptions`: Actions has no connection options; read them with the Management API (`GET /api/v2/connections/{id}`, scope `read:connections_options`) or keep the values you need in `event.connection.metadata` or a secret
  const domain = context.connectionOptions.tenant_domain;
  // TODO(rules2actions R2A305): `context.sso.current_clients` became a list built from `event.session.clients`, which Auth0 fills only for Enterprise tenants (elsewhere the list is empty): check the plan before relying on it
  const clients = (event.session?.clients ?? []).map((c) => c.client_id);
  // TODO(rules2actions R2A303): `context.clientMetadata.lastSeenDomain` is written; `event` is read-only in Actions
  context.clientMetadata.lastSeenDomain = domain;
  // TODO(rules2actions R2A303): `context.myRuleRan` is written; data on `context` does not reach other Actions
  context.myRuleRan = true;
  // TODO(rules2actions R2A304): `context.sessionID`: Actions has no `sessionID`; the closest is `event.session?.id` (the Auth0 session, not the `prompt=none` id the Rule saw): check what the value is used for
  console.log(context.sessionID, clients);
};


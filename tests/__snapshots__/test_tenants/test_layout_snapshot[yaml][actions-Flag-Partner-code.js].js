/**
 * Auth0 post-login Action converted from the Rule Flag-Partner by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Later rules look at these two to decide on claims.
  event.user.app_metadata.roles = event.user.app_metadata.roles || [];
  // TODO(rules2actions R2A303): `context.isPartner` is written; data on `context` does not reach other Actions
  context.isPartner = event.client.metadata && event.client.metadata.partner === 'true';
};


/**
 * Auth0 post-login Action converted from the Rule Partner-Claims by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A300): `context.isPartner` is not converted
  if (context.isPartner) {
    api.idToken.setCustomClaim('https://example.com/roles', event.user.app_metadata.roles);
  }
};


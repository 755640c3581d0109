/**
 * Auth0 post-login Action converted from the Rule root_attributes.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // `groups` came from the enterprise connection or from app_metadata in Rules.
  // TODO(rules2actions R2A201): `user.groups` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata.groups`
  const groups = event.user.groups || [];
  event.user.department = event.user.app_metadata && event.user.app_metadata.department;

  api.idToken.setCustomClaim('https://example.com/groups', groups);
  api.idToken.setCustomClaim('https://example.com/department', event.user.department);
};


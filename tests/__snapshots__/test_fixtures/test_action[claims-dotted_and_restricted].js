/**
 * Auth0 post-login Action converted from the Rule dotted_and_restricted.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Non-namespaced claims, as some older rules set them.
  api.idToken.setCustomClaim("favorite_color", event.user.user_metadata.favorite_color);
  api.accessToken.setCustomClaim("tier", event.user.app_metadata.tier);
  // TODO(rules2actions R2A313): Actions does not add the restricted claim 'roles' to the token
  api.idToken.setCustomClaim("roles", event.user.app_metadata.roles);
  // TODO(rules2actions R2A313): Actions does not add the restricted claim 'permissions' to the token
  api.accessToken.setCustomClaim("permissions", event.user.app_metadata.permissions);
};


/**
 * Auth0 post-login Action converted from the Rule namespaced_claims.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://myapp.example.com/';
  const assignedRoles = (event.authorization || {}).roles;

  // TODO(rules2actions R2A310): `context.idToken` is read; Actions cannot read claims back
  let idTokenClaims = context.idToken || {};
  api.idToken.setCustomClaim(namespace + 'roles', assignedRoles);
  api.idToken.setCustomClaim(`${namespace}email`, event.user.email);
  api.idToken.setCustomClaim('https://myapp.example.com/app_metadata', event.user.app_metadata);
  api.accessToken.setCustomClaim(namespace + 'roles', assignedRoles);
  console.log(idTokenClaims);
};


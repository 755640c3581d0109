/**
 * Auth0 post-login Action converted from the Rule restrict_requested.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A301): `context.request` is used as a whole; its keys have other names in Actions
  var req = event.request;

  // Get requested scopes
  var scopes = (req.query && req.query.scope) || (req.body && req.body.scope);

  // Normalize scopes into an array
  scopes = (scopes && scopes.split(" ")) || [];

  // Restrict the access token scopes according to the current user
  const assigned = restrictScopes(event.user, scopes);
  const newScopes = Array.isArray(assigned)
    ? assigned
    : String(assigned).split(" ").filter(Boolean);
  for (const scope of event.transaction?.requested_scopes ?? []) {
    if (!newScopes.includes(scope)) api.accessToken.removeScope(scope);
  }
  for (const scope of newScopes) api.accessToken.addScope(scope);
};

function restrictScopes(user, requested) {
  var allowed = ["openid", "profile", "read:messages"];
  if (user.app_metadata && user.app_metadata.roles && user.app_metadata.roles.indexOf("admin") > -1) {
    allowed.push("delete:messages");
  }
  return requested.filter(function (scope) {
    return allowed.indexOf(scope) > -1;
  });
}


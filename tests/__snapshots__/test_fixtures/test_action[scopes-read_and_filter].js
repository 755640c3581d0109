/**
 * Auth0 post-login Action converted from the Rule read_and_filter.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Drop every admin scope the user is not entitled to.
  // TODO(rules2actions R2A342): `context.accessToken.scope` is read; in Actions the requested scopes are `event.transaction?.requested_scopes` (an array), and scopes changed by earlier Actions cannot be read back
  var requested = context.accessToken.scope || [];
  const scopes = requested.filter(function (s) {
    return s.indexOf('admin:') !== 0 || event.user.app_metadata.admin === true;
  });
  for (const scope of event.transaction?.requested_scopes ?? []) {
    if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
  }
  for (const scope of scopes) api.accessToken.addScope(scope);
};


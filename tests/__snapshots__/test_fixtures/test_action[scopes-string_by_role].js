/**
 * Auth0 post-login Action converted from the Rule string_by_role.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.authorization && event.authorization.roles) || [];
  if (roles.indexOf('admin') !== -1) {
    const scopes = ['openid', 'profile', 'read:reports', 'write:reports'];
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);
  } else {
    const scopes = ['openid', 'profile', 'read:reports'];
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);
  }
};


/**
 * Auth0 post-login Action converted from the Rule Role-Claims by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 21), which defined it as `global.rolesOf`.
  function rolesOf() {
    global.roleCache = global.roleCache || {};
    if (!global.roleCache[event.user.user_id]) {
      const roles = (event.user.app_metadata && event.user.app_metadata.roles) || [];
      global.roleCache[event.user.user_id] = roles.map((role) => role.toLowerCase());
    }
    return global.roleCache[event.user.user_id];
  }

  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 14), which defined it as `global.addClaim`.
  const NAMESPACE = 'https://example.com/';
  function addClaim(name, value) {
    api.idToken.setCustomClaim(NAMESPACE + name, value);
    api.accessToken.setCustomClaim(NAMESPACE + name, value);
  }

  const roles = rolesOf();
  addClaim('roles', roles);
  if (roles.indexOf('admin') !== -1) {
    addClaim('is_admin', true);
  }
};


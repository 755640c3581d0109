/**
 * Auth0 post-login Action converted from the Rule array_for_unverified.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Unverified users only get the basic OIDC scopes.
  if (!event.user.email_verified) {
    const scopes = ['openid', 'profile'];
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);
  }
};


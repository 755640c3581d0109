/**
 * Auth0 post-login Action converted from the Rule access_token_scope.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Scopes are not claims: this assignment belongs to the scopes conversion.
  api.accessToken.setCustomClaim('https://api.example.com/tenant', event.tenant.id);
  if (!event.user.email_verified) {
    const scopes = ['openid', 'profile'];
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);
  }
};


/**
 * Auth0 post-login Action converted from the Rule access_token_scope.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Scopes are not claims: this assignment belongs to the scopes conversion.
  api.accessToken.setCustomClaim('https://api.example.com/tenant', event.tenant.id);
  if (!event.user.email_verified) {
    // TODO(rules2actions R2A300): `context.accessToken.scope` was not converted; in Actions it is `api.accessToken.addScope(scope) / removeScope(scope)`
    context.accessToken.scope = ['openid', 'profile'];
  }
};


/**
 * Auth0 post-login Action converted from the Rule skip_continue_pass_claims.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only skip the continue pass; another rule does the redirect.
  api.idToken.setCustomClaim('https://example.com/login_count', event.stats.logins_count);
};


/**
 * Auth0 post-login Action converted from the Rule skip_continue_only.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // This rule does not redirect: it only steps aside on the continue pass.
  api.accessToken.setCustomClaim('https://example.com/client', event.client.name);
};


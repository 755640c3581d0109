/**
 * Auth0 post-login Action converted from the Rule parenthesized.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  api.accessToken.setCustomClaim('https://api.example.com/email', event.user.email);
};


/**
 * Auth0 post-login Action converted from the Rule crlf_bom.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Windows line endings and a BOM survive.
  api.idToken.setCustomClaim("https://example.com/locale", event.user.user_metadata.locale || "en");
};


/**
 * Auth0 post-login Action converted from the Rule iife_and_user_arrow.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  (function () {
    api.idToken.setCustomClaim('https://example.com/name', event.user.name);
  })();
  const isAdmin = () => (event.user.app_metadata || {}).admin === true;
  if (isAdmin()) {
    api.accessToken.setCustomClaim('https://example.com/admin', true);
  }
};


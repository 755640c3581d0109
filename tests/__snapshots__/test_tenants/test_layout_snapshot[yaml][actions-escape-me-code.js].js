/**
 * Auth0 post-login Action converted from the Rule ../../escape/me by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.stats.logins_count > 1) {
    return;
  }
  // First login: tag the token so the app can show its welcome tour.
  api.idToken.setCustomClaim('https://example.com/first_login', true);
  api.idToken.setCustomClaim('https://example.com/email', event.user.email);
};


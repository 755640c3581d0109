/**
 * Auth0 post-login Action converted from the Rule try_catch_around_callback.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  try {
    const prefs = JSON.parse(event.user.user_metadata.prefs_json);
    api.idToken.setCustomClaim('https://example.com/locale', prefs.locale);
  } catch (e) {
    // bad JSON: keep going without the locale
    return;
  }
};


/**
 * Auth0 post-login Action converted from the Rule await_user_metadata.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (!event.user.user_metadata.preferred_language) {
    const language = (event.request.query.ui_locales || 'en').split(' ')[0];
    event.user.user_metadata.preferred_language = language;
    try {
      api.user.setUserMetadata('preferred_language', event.user.user_metadata.preferred_language);
    } catch (err) {
      return api.access.deny(err.message);
    }
  }
  api.idToken.setCustomClaim('https://example.com/language', event.user.user_metadata.preferred_language);
};


/**
 * Auth0 post-login Action converted from the Rule comments_in_dropped_handlers.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata.first_login_at) {
    return;
  }
  event.user.app_metadata.first_login_at = new Date().toISOString();
  api.user.setAppMetadata('first_login_at', event.user.app_metadata.first_login_at);
  // saved: on to the next rule
  // without the flag the onboarding e-mail would go out twice: stop here
};


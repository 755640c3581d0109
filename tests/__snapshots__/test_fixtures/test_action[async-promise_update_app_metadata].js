/**
 * Auth0 post-login Action converted from the Rule promise_update_app_metadata.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata.signup_date) {
    return;
  }
  event.user.app_metadata.signup_date = new Date().toISOString();
  api.user.setAppMetadata('signup_date', event.user.app_metadata.signup_date);
};


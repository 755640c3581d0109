/**
 * Auth0 post-login Action converted from the Rule from_metadata.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Accounts were linked by the sign-up flow; the id of the main one is kept here.
  var primary = event.user.app_metadata && event.user.app_metadata.primary_user_id;
  if (primary && primary !== event.user.user_id) {
    api.authentication.setPrimaryUser(primary); /* same login, main profile */
  }
};


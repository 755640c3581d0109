/**
 * Auth0 post-login Action converted from the Rule redirect_combined_condition.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const needsPasswordChange = event.user.app_metadata && event.user.app_metadata.force_password_reset;
  if (needsPasswordChange) {
    api.redirect.sendUserTo('https://account.example.com/change-password');
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  const needsPasswordChange = event.user.app_metadata && event.user.app_metadata.force_password_reset;
  if (event.request.query.changed === 'yes') {
    event.user.app_metadata.force_password_reset = false;
    api.user.setAppMetadata('force_password_reset', event.user.app_metadata.force_password_reset);
  }
};


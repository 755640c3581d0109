/**
 * Auth0 post-login Action converted from the Rule any_by_connection_variable.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only people who signed in with a password get a second factor.
  if (event.connection.strategy !== 'auth0') {
    return;
  }
  const mfa = {
    allowRememberBrowser: event.user.app_metadata && event.user.app_metadata.trusted === true,
  };
  api.multifactor.enable('any', mfa);
};


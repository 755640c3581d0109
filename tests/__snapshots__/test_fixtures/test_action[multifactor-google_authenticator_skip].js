/**
 * Auth0 post-login Action converted from the Rule google_authenticator_skip.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const methods = (event.authentication && event.authentication.methods) || [];
  if (methods.some((m) => m.name === 'passkey')) {
    api.multifactor.enable('none');
  } else {
    api.multifactor.enable('google-authenticator', { allowRememberBrowser: true });
  }
};


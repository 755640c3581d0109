/**
 * Auth0 post-login Action converted from the Rule literal_object.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata && event.user.app_metadata.has_consented) {
    return;
  }
  // Record consent given through the terms page of the login form.
  api.user.setAppMetadata('has_consented', event.request.body.consent === 'yes');
  api.user.setAppMetadata('consent_ip', event.request.ip);
};


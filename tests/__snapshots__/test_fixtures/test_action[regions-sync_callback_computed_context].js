/**
 * Auth0 post-login Action converted from the Rule sync_callback_computed_context.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';

  function withClaims() {
    api.idToken.setCustomClaim(namespace + 'tenant', event.user.app_metadata && event.user.app_metadata.tenant);
    api.accessToken.setCustomClaim(namespace + 'tenant', event.user.app_metadata && event.user.app_metadata.tenant);
  }

  if (!event.user.app_metadata || !event.user.app_metadata.tenant) {
    return;
  }

  withClaims();
};


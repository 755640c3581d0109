/**
 * Auth0 post-login Action converted from the Rule terms_acceptance_shapes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - TERMS_VERSION
 */
exports.onExecutePostLogin = async (event, api) => {
  function termsError(version) {
    return new Error('Terms of service v' + version + ' must be accepted first');
  }
  const required = event.secrets.TERMS_VERSION || '1';
  const accepted = event.user.app_metadata && event.user.app_metadata.terms_version;

  if (event.client.name === 'Internal Health Check') {
    return;
  }
  if (accepted !== required && event.transaction?.protocol !== 'oauth2-refresh-token') {
    return api.access.deny(termsError(required).message);
  }
  api.idToken.setCustomClaim('https://example.com/terms', accepted);
};


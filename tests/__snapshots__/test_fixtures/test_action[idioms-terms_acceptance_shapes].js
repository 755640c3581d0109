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
  // This part of the rule calls `callback` with a value that may or may not be an error.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
    if (accepted !== required && event.transaction?.protocol !== 'oauth2-refresh-token') {
      return callback(termsError(required));
    }
    api.idToken.setCustomClaim('https://example.com/terms', accepted);
    return callback();
  });
};


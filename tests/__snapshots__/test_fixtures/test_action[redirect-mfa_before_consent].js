/**
 * Auth0 post-login Action converted from the Rule mfa_before_consent.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CONSENT_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // MFA for flagged users, then a consent page for those who have not consented yet.
  if (event.user.app_metadata && event.user.app_metadata.require_mfa) {
    api.multifactor.enable('any', {
      allowRememberBrowser: false,
    });
  }
  if (!event.user.app_metadata || !event.user.app_metadata.consented) {
    api.redirect.sendUserTo(event.secrets.CONSENT_URL);
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // MFA for flagged users, then a consent page for those who have not consented yet.
  if (event.user.app_metadata && event.user.app_metadata.require_mfa) {
    api.multifactor.enable('any', {
      allowRememberBrowser: false,
    });
  }
};


/**
 * Auth0 post-login Action converted from the Rule mfa_and_redirect.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CONSENT_URL
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Side effects converted by later capabilities: they must stay visible until then.
  if (event.user.app_metadata && event.user.app_metadata.require_mfa) {
    api.multifactor.enable('any', {
      allowRememberBrowser: false,
    });
  }
  if (!event.user.app_metadata || !event.user.app_metadata.consented) {
    // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
    context.redirect = { url: event.secrets.CONSENT_URL };
  }
};


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
    // TODO(rules2actions R2A300): `context.multifactor` was not converted; in Actions it is `api.multifactor.enable(provider, options)`
    context.multifactor = {
      provider: 'any',
      allowRememberBrowser: false,
    };
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
  // Side effects converted by later capabilities: they must stay visible until then.
  if (event.user.app_metadata && event.user.app_metadata.require_mfa) {
    // TODO(rules2actions R2A300): `context.multifactor` was not converted; in Actions it is `api.multifactor.enable(provider, options)`
    context.multifactor = {
      provider: 'any',
      allowRememberBrowser: false,
    };
  }
};


/**
 * Auth0 post-login Action converted from the Rule redirect_nested_check.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PARTNER_TERMS_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.name === 'Partner Portal') {
    api.redirect.sendUserTo(event.secrets.PARTNER_TERMS_URL);
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  if (event.client.name === 'Partner Portal') {
    api.idToken.setCustomClaim('https://example.com/partner_terms', event.request.query.version);
    return;
  }
};


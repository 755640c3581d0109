/**
 * Auth0 post-login Action converted from the Rule if_else_both_passes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SURVEY_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';
  // Runs on both passes in Rules: the claim must be set by both handlers.
  api.idToken.setCustomClaim(namespace + 'email', event.user.email);

  api.redirect.sendUserTo(event.secrets.SURVEY_URL);
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';
  // Runs on both passes in Rules: the claim must be set by both handlers.
  api.idToken.setCustomClaim(namespace + 'email', event.user.email);

  api.idToken.setCustomClaim(namespace + 'survey', event.request.query.answer || 'skipped');
};


/**
 * Auth0 post-login Action converted from the Rule redirect_switch_protocol.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A302): `context.protocol` is compared with 'redirect-callback', which Actions never reports (the continue pass after a redirect runs `exports.onContinuePostLogin` instead)
  switch (context.protocol) {
    case 'redirect-callback':
      api.accessToken.setCustomClaim('https://example.com/survey_done', true);
      break;
    default:
      if (!event.user.app_metadata || !event.user.app_metadata.survey_done) {
        api.redirect.sendUserTo('https://survey.example.com/nps');
      }
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // TODO(rules2actions R2A302): `context.protocol` is compared with 'redirect-callback', which Actions never reports (the continue pass after a redirect runs `exports.onContinuePostLogin` instead)
  switch (context.protocol) {
    case 'redirect-callback':
      api.accessToken.setCustomClaim('https://example.com/survey_done', true);
      break;
    default:
  }
};


/**
 * Auth0 post-login Action converted from the Rule protocol_checks.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // No interactive checks for machine flows.
  if (event.transaction?.protocol === 'oauth2-refresh-token' || event.transaction?.protocol === 'oauth2-password') {
    return;
  }

  // TODO(rules2actions R2A302): `context.protocol` is compared with 'redirect-callback', which Actions never reports (the continue pass after a redirect runs `exports.onContinuePostLogin` instead)
  if (context.protocol === 'redirect-callback') {
    event.user.app_metadata.terms_accepted = event.request.body.accepted === 'yes';
    return;
  }

  api.idToken.setCustomClaim('https://example.com/protocol', event.transaction?.protocol);
};


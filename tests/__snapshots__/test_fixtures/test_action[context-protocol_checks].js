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

  // TODO(rules2actions R2A361): this rule does not redirect, but did work on the pass after another rule's redirect; move that work into the redirecting Action's onContinuePostLogin
  api.idToken.setCustomClaim('https://example.com/protocol', event.transaction?.protocol);
};


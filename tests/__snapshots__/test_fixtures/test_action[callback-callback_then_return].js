/**
 * Auth0 post-login Action converted from the Rule callback_then_return.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - TARGET_CLIENT
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.client_id !== event.secrets.TARGET_CLIENT) {
    return;
  }
  api.idToken.setCustomClaim('https://example.com/target', true);
};


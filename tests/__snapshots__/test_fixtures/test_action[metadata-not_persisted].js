/**
 * Auth0 post-login Action converted from the Rule not_persisted.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only shapes the token: nothing is saved, in Rules or in the Action.
  event.user.app_metadata.roles = (event.user.app_metadata.roles || []).concat(['viewer']);
  api.idToken.setCustomClaim('https://example.com/roles', event.user.app_metadata.roles);
};


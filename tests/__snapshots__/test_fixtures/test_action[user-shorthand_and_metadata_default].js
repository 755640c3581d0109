/**
 * Auth0 post-login Action converted from the Rule shorthand_and_metadata_default.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const payload = { user: event.user, client: event.client.client_id };
  const { email, nickname } = event.user;
  console.log('payload for', email, nickname, Object.keys(payload));

  api.idToken.setCustomClaim('https://example.com/plan', event.user.app_metadata.plan || 'free');
  api.idToken.setCustomClaim('https://example.com/color', event.user.user_metadata.favorite_color);
};


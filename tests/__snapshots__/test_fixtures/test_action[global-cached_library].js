/**
 * Auth0 post-login Action converted from the Rule cached_library.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PARTNER_SECRET
 *
 * npm dependencies to add to this Action:
 *   - jsonwebtoken
 */
exports.onExecutePostLogin = async (event, api) => {
  global.jwtLib = global.jwtLib || require('jsonwebtoken');
  const token = global.jwtLib.sign({ sub: event.user.user_id }, event.secrets.PARTNER_SECRET);
  api.idToken.setCustomClaim('https://example.com/partner_token', token);
};


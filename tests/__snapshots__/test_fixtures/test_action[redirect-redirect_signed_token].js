/**
 * Auth0 post-login Action converted from the Rule redirect_signed_token.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PHONE_APP_URL
 *   - REDIRECT_SECRET
 *
 * npm dependencies to add to this Action:
 *   - jsonwebtoken@8.5.1
 */
const jwt = require('jsonwebtoken');

exports.onExecutePostLogin = async (event, api) => {
  const token = jwt.sign({ sub: event.user.user_id, email: event.user.email }, event.secrets.REDIRECT_SECRET, { expiresIn: '5m' });
  api.redirect.sendUserTo(event.secrets.PHONE_APP_URL + '?token=' + token);
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  let payload;
  try {
    payload = jwt.verify(event.request.query.token, event.secrets.REDIRECT_SECRET);
  } catch (e) {
    return api.access.deny('Invalid session token');
  }
  if (payload.sub !== event.user.user_id) {
    return api.access.deny('Token subject mismatch');
  }
  api.idToken.setCustomClaim('https://example.com/verified_phone', payload.phone);
};


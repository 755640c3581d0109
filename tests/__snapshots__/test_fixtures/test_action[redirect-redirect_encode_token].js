/**
 * Auth0 post-login Action converted from the Rule redirect_encode_token.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUTH0_DOMAIN
 *   - SESSION_TOKEN_SECRET
 *
 * npm dependencies to add to this Action:
 *   - jsonwebtoken
 */
const jwt = require('jsonwebtoken');

exports.onExecutePostLogin = async (event, api) => {
  const secret = event.secrets.SESSION_TOKEN_SECRET;
  const sessionToken = jwt.sign({
    sub: event.user.user_id,
    iss: 'https://' + event.secrets.AUTH0_DOMAIN + '/',
    exp: Math.floor(Date.now() / 1000) + 300,
    state: event.request.query.state
  }, secret);
  api.redirect.sendUserTo('https://consent.example.com/?session_token=' + sessionToken);
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  const secret = event.secrets.SESSION_TOKEN_SECRET;
};


/**
 * Auth0 post-login Action converted from the Rule redirect_async_continue.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SMS_API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // confirm the code the user entered with the SMS provider
  api.redirect.sendUserTo(event.secrets.SMS_API + '/enter-code');
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // confirm the code the user entered with the SMS provider
  const [err, res, body] = await new Promise((resolve) => request.post({
    url: event.secrets.SMS_API + '/verify',
    json: { user: event.user.user_id, code: event.request.body.code }
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (!body.valid) return api.access.deny('Wrong code');
};


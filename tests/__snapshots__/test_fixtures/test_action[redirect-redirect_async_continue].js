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
  /* confirm the code the user entered with the SMS provider */
  api.redirect.sendUserTo(event.secrets.SMS_API + '/enter-code');
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // The rule calls `callback` from a nested function.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
  /* confirm the code the user entered with the SMS provider */
    return request.post({
      url: event.secrets.SMS_API + '/verify',
      json: { user: event.user.user_id, code: event.request.body.code }
    }, function (err, res, body) {
      if (err) return callback(err);
      if (!body.valid) return callback(new Error('Wrong code'));
      callback();
    });
  });
};


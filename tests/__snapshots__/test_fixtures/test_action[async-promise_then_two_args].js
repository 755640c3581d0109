/**
 * Auth0 post-login Action converted from the Rule promise_then_two_args.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - FLAGS_URL
 *
 * npm dependencies to add to this Action:
 *   - request-promise@4.2.6
 */
const rp = require('request-promise');

exports.onExecutePostLogin = async (event, api) => {
  // This part of the rule calls `callback` from a nested function.
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
    rp({ uri: event.secrets.FLAGS_URL, json: true }).then(
      function (flags) {
        api.idToken.setCustomClaim('https://example.com/beta', !!flags.beta);
        callback();
      },
      function (err) {
        callback(err);
      }
    );
  });
};


/**
 * Auth0 post-login Action converted from the Rule async_rule_throws.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - LICENSE_URL
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  const url = event.secrets.LICENSE_URL + '/seats/' + encodeURIComponent(event.user.email);
  const response = await axios.get(url);
  if (!response.data) {
    throw new Error('license service returned nothing');
  }
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
    setTimeout(function () {
      if (response.data.seats < 1) {
        return callback(new Error('No seat left for this licence'));
      }
      api.accessToken.setCustomClaim('https://example.com/seats', response.data.seats);
      callback();
    }, 0);
  });
};


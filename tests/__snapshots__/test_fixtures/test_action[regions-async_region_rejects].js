/**
 * Auth0 post-login Action converted from the Rule async_region_rejects.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  // This part of the rule calls `callback` and then runs more code.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve, reject) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
    (async () => {
      if (!event.user.email_verified) {
        // deny, but still record the attempt below (the first callback decides)
        // TODO(rules2actions R2A125): `callback` may be called again after this call on the same path; the first call decides, as in Rules
        callback(new Error('Please verify your email first'));
      }
      const { data } = await axios.get('https://billing.example.com/tiers/' + encodeURIComponent(event.user.user_id));
      api.idToken.setCustomClaim('https://example.com/tier', data.tier);
      callback();
    })().catch(reject);
  });
};


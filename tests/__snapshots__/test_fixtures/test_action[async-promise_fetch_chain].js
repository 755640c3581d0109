/**
 * Auth0 post-login Action converted from the Rule promise_fetch_chain.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ENTITLEMENTS_URL
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.6.1
 */
const fetch = require('node-fetch');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const res = await fetch(event.secrets.ENTITLEMENTS_URL + '?user=' + encodeURIComponent(event.user.user_id));
    const json = await res.json();
    api.idToken.setCustomClaim('https://example.com/entitlements', json.entitlements);
  } catch (err) {
    return api.access.deny(err.message);
  }
};


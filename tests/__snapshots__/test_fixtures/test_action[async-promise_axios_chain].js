/**
 * Auth0 post-login Action converted from the Rule promise_axios_chain.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - LICENSE_KEY
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const response = await axios.get('https://license.example.com/seats/' + event.user.user_id, {
      headers: { 'x-api-key': event.secrets.LICENSE_KEY }
    });
    if (!response.data.active) {
      return api.access.deny('No active licence');
    }
    api.accessToken.setCustomClaim('https://example.com/seat', response.data.seat);
  } catch (err) {
    return api.access.deny('licence check failed: ' + err.message);
  }
};


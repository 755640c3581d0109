/**
 * Auth0 post-login Action converted from the Rule async_await_mix.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const { data } = await axios.get('https://plans.example.com/plans/' + event.user.user_id);
    api.idToken.setCustomClaim('https://example.com/plan', data.plan);
  } catch (e) {
    return api.access.deny(e.message);
  }
};


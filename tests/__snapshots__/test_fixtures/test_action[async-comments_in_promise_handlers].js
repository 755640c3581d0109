/**
 * Auth0 post-login Action converted from the Rule comments_in_promise_handlers.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PLAN_API
 *
 * npm dependencies to add to this Action:
 *   - axios@1.6.0
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const res = await axios.get(event.secrets.PLAN_API + '/plans/' + event.user.user_id);
    // the plan goes into the token
    api.idToken.setCustomClaim('https://example.com/plan', res.data.plan);
    // next rule
  } catch (err) {
    // a failed lookup blocks the login
    return api.access.deny('plan lookup failed: ' + err.message);
  }
};


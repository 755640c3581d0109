/**
 * Auth0 post-login Action converted from the Rule async_await_flow.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  if (event.client.name === 'Status Page') {
    return;
  }
  const response = await axios.get('https://directory.example.com/people/' + encodeURIComponent(event.user.email));
  if (response.data.disabled) {
    return api.access.deny('Your directory account is disabled');
  }
  api.idToken.setCustomClaim('https://example.com/department', response.data.department);
};


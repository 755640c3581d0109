/**
 * Auth0 post-login Action converted from the Rule helper_promise_returning.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - POLICY_URL
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  function getPolicy() {
    return axios.get(event.secrets.POLICY_URL, { params: { client: event.client.client_id } })
      .then(function (r) { return r.data; });
  }
  try {
    const policy = await getPolicy();
    if (policy.mfa) {
      api.multifactor.enable('any', { allowRememberBrowser: false });
    }
  } catch (error) {
    return api.access.deny(error.message);
  }
};


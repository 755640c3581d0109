/**
 * Auth0 post-login Action converted from the Rule async_await_metadata.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - BILLING_URL
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.6.1
 */
exports.onExecutePostLogin = async (event, api) => {
  if (!event.user.app_metadata.customer_id) {
    const fetch = require('node-fetch');
    const res = await fetch(event.secrets.BILLING_URL + '/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: event.user.email })
    });
    const customer = await res.json();
    event.user.app_metadata.customer_id = customer.id;
    api.user.setAppMetadata('customer_id', event.user.app_metadata.customer_id);
  }
  api.idToken.setCustomClaim('https://example.com/customer_id', event.user.app_metadata.customer_id);
};


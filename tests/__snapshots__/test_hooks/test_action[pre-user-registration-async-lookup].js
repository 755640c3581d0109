/**
 * Auth0 pre-user-registration Action converted from the Hook async-lookup.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - CRM_KEY
 *   - CRM_URL
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 */
const axios = require('axios');

exports.onExecutePreUserRegistration = async (event, api) => {
  const { CRM_URL, CRM_KEY } = event.secrets;
  let customer;
  try {
    const res = await axios.get(`${CRM_URL}/customers`, {
      params: { email: event.user.email },
      headers: { 'x-api-key': CRM_KEY },
    });
    customer = res.data[0];
  } catch (e) {
    return api.access.deny('CRM lookup failed: ' + e.message, 'Sign-up is unavailable right now');
  }
  if (!customer) {
    api.user.setAppMetadata('customer', false);
    return;
  }
  api.user.setAppMetadata('customer', true);
  api.user.setAppMetadata('customer_id', customer.id);
  api.user.setAppMetadata('tier', customer.tier || 'basic');
  api.user.setUserMetadata('company', customer.company);
};


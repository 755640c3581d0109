/**
 * Auth0 post-login Action converted from the Rule async_try_catch.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  try {
    const response = await fetch('https://api.example.com/users/' + encodeURIComponent(event.user.user_id));
    if (!response.ok) {
      return api.access.deny('Lookup failed with ' + response.status);
    }
    const data = await response.json();
    api.idToken.setCustomClaim('https://example.com/customer_id', data.customerId);
  } catch (err) {
    console.log('lookup error', err);
    return api.access.deny(err.message);
  }
};


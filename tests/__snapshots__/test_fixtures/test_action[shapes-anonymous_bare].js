/**
 * Auth0 post-login Action converted from the Rule anonymous_bare.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only employees may use the admin dashboard.
  if (event.client.name === 'Admin Dashboard' && !event.user.email.endsWith('@example.com')) {
    return api.access.deny('Access to the admin dashboard is restricted');
  }
};


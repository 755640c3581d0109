/**
 * Auth0 post-login Action converted from the Rule Add-Roles-Claims by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DASHBOARD_CLIENT_ID
 */
/**
 * Add the user's roles and plan to the tokens, for the dashboard application only.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://dashboard.example.com/';
  if (event.client.client_id !== event.secrets.DASHBOARD_CLIENT_ID) {
    return;
  }

  const roles = (event.authorization && event.authorization.roles) || [];

  api.idToken.setCustomClaim(namespace + 'roles', roles);
  api.idToken.setCustomClaim(namespace + 'plan', event.user.app_metadata.plan || 'free');
  api.accessToken.setCustomClaim(namespace + 'roles', roles);
};


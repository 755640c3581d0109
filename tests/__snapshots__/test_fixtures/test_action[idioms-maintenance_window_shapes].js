/**
 * Auth0 post-login Action converted from the Rule maintenance_window_shapes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - MAINTENANCE_CLIENTS
 *   - MAINTENANCE_UNTIL
 *   - MONITOR_CLIENT_ID
 */
exports.onExecutePostLogin = async (event, api) => {
  const blocked = (event.secrets.MAINTENANCE_CLIENTS || '').split(',');

  function maintenanceError() {
    return new Error('The application is in maintenance until ' + event.secrets.MAINTENANCE_UNTIL);
  }

  if (event.client.client_id === event.secrets.MONITOR_CLIENT_ID) {
    return;
  }
  if (blocked.indexOf(event.client.client_id) !== -1) {
    return api.access.deny(maintenanceError().message);
  }
  if (event.user.app_metadata && event.user.app_metadata.beta) {
    api.idToken.setCustomClaim('https://example.com/beta', true);
    return;
  }
};


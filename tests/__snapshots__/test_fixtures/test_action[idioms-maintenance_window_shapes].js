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
  // This part of the rule calls `callback` with a value that may or may not be an error.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
    if (blocked.indexOf(event.client.client_id) !== -1) {
      return callback(maintenanceError());
    }
    if (event.user.app_metadata && event.user.app_metadata.beta) {
      api.idToken.setCustomClaim('https://example.com/beta', true);
      return callback();
    }
    callback();
  });
};


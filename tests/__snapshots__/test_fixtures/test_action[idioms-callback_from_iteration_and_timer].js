/**
 * Auth0 post-login Action converted from the Rule callback_from_iteration_and_timer.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.user.app_metadata && event.user.app_metadata.roles) || [];
  const denied = ['suspended', 'terminated'];

  if (event.client.name === 'Kiosk') {
    // Give the audit webhook a moment before continuing (legacy workaround).
    // This part of the rule calls `callback` from a nested function.
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
      setTimeout(function () {
        callback();
      }, 10);
      return;
    });
    return;
  }

  for (let i = 0; i < roles.length; i++) {
    if (denied.indexOf(roles[i]) !== -1) {
      return api.access.deny('Account is ' + roles[i]);
    }
  }

  const settings = event.request.query || {};
  if (settings.prompt === 'none' && !event.user.email_verified) {
    return;
  }

  api.idToken.setCustomClaim('https://example.com/roles', roles);
};


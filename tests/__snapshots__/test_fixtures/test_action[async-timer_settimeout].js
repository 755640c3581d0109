/**
 * Auth0 post-login Action converted from the Rule timer_settimeout.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Slow down logins of users with many failed attempts (a crude tarpit).
  const delay = event.user.app_metadata && event.user.app_metadata.suspicious ? 100 : 0;
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
      api.idToken.setCustomClaim('https://example.com/delayed', delay > 0);
      callback();
    }, delay);
  });
};


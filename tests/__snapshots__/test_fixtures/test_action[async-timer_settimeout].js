/**
 * Auth0 post-login Action converted from the Rule timer_settimeout.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Slow down logins of users with many failed attempts (a crude tarpit).
  // The rule calls back from asynchronous code, so the handler waits for that call;
  // as in Rules, the first call decides and later ones are ignored (rules2actions R2A120).
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
    const delay = event.user.app_metadata && event.user.app_metadata.suspicious ? 100 : 0;
    setTimeout(function () {
      api.idToken.setCustomClaim('https://example.com/delayed', delay > 0);
      callback();
    }, delay);
  });
};


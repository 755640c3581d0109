/**
 * Auth0 post-login Action converted from the Rule loop_foreach_callback.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const blocked = ['evil.example.com', 'spam.example.org'];
  const domain = (event.user.email || '').split('@')[1];
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
    blocked.forEach(function (d) {
      if (domain === d) {
        return callback(new Error('Domain ' + d + ' is blocked'));
      }
    });
    callback();
  });
};


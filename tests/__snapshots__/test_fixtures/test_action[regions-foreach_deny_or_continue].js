/**
 * Auth0 post-login Action converted from the Rule foreach_deny_or_continue.js by rules2actions.
 */
// Deny when any group is blocked; the last group lets the login continue.
exports.onExecutePostLogin = async (event, api) => {
  const groups = (event.user.app_metadata && event.user.app_metadata.groups) || ['default'];
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
    groups.forEach(function (group, index) {
      if (group === 'blocked') {
        return callback(new Error('Your group is blocked: ' + group));
      }
      if (index === groups.length - 1) {
        callback();
      }
    });
  });
};


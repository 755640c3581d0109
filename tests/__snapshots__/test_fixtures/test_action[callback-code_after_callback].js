/**
 * Auth0 post-login Action converted from the Rule code_after_callback.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // The rule calls `callback` and then runs more code.
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
    callback();
    // Fire-and-forget audit log after handing back control.
    console.log('audit', event.user.user_id, event.client.client_id);
  });
};


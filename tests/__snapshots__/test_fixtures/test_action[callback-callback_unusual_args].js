/**
 * Auth0 post-login Action converted from the Rule callback_unusual_args.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // The rule calls `callback` with a value that may or may not be an error.
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
    const checkUser = function (done) {
      done(event.user.email ? null : new Error('no email'));
    };
    const err = event.user.email ? null : new Error('missing email');
    if (err) {
      return callback(err);
    }
    const patched = Object.assign({}, event.user, { source: 'rules' });
    if (event.user.app_metadata && event.user.app_metadata.legacy) {
      return callback();
    }
    event.user.email_verified && callback();
    checkUser(callback);
  });
};


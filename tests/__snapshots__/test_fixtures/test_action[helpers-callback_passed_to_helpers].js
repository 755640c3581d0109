/**
 * Auth0 post-login Action converted from the Rule callback_passed_to_helpers.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // The rule calls `callback` from a nested function.
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
    function deny(done, reason) {
      return done(new Error(reason));
    }

    function saveAndContinue(done) {
      event.user.app_metadata.last_client = event.client.client_id;
      Promise.resolve(api.user.setAppMetadata('last_client', event.user.app_metadata.last_client))
        .then(function () {
          done();
        })
        .catch(done);
    }

    if (!event.user.email) {
      return deny(callback, 'an email is required');
    }
    saveAndContinue(callback);
  });
};


/**
 * Auth0 post-login Action converted from the Rule Block-Suspended by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ERROR_PAGE_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 30), which defined it as `global.denyWith`.
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
    function denyWith(done, reason) {
      return done(new Error(reason));
    }

    // Copied by rules2actions from the rule 'Shared-Helpers' (its line 7), which defined it as `global.toErrorPage`.
    const ERRORS = event.secrets.ERROR_PAGE_URL;
    function toErrorPage(code) {
      api.redirect.sendUserTo(ERRORS + '?code=' + code);
    }

    if (event.user.app_metadata && event.user.app_metadata.suspended) {
      return denyWith(callback, 'Your account is suspended.');
    }
    if (!event.user.email_verified) {
      return callback(null, event.user, toErrorPage('email-unverified'));
    }
    callback();
  });
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 30), which defined it as `global.denyWith`.
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
    function denyWith(done, reason) {
      return done(new Error(reason));
    }

    // Copied by rules2actions from the rule 'Shared-Helpers' (its line 7), which defined it as `global.toErrorPage`.
    const ERRORS = event.secrets.ERROR_PAGE_URL;
    function toErrorPage(code) {
    }

    if (event.user.app_metadata && event.user.app_metadata.suspended) {
      return denyWith(callback, 'Your account is suspended.');
    }
    if (!event.user.email_verified) {
      return callback(null, event.user, toErrorPage('email-unverified'));
    }
    callback();
  });
};


/**
 * Auth0 post-login Action converted from the Rule foreach_success_callback.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Copy each group the directory sent into the ID token; done once the last one is copied.
  // TODO(rules2actions R2A201): `user.groups` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata.groups`
  const groups = event.user.groups || [];
  if (groups.length === 0) {
    return;
  }
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
      api.idToken.setCustomClaim('https://example.com/group_' + index, group);
      if (index === groups.length - 1) {
        callback();
      }
    });
  });
};


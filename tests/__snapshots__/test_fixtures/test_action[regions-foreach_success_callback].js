/**
 * Auth0 post-login Action converted from the Rule foreach_success_callback.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Copy each group the directory sent into the ID token; done once the last one is copied.
  const groups = (event.user.app_metadata && event.user.app_metadata.groups) || [];
  if (groups.length === 0) {
    return;
  }
  groups.forEach(function (group, index) {
    api.idToken.setCustomClaim('https://example.com/group_' + index, group);
  });
};


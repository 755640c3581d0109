/**
 * Auth0 post-login Action converted from the Rule aliased_object.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  var appMetadata = event.user.app_metadata || {};
  var roles = appMetadata.roles || [];
  if (roles.indexOf('member') === -1) {
    roles.push('member');
  }
  appMetadata.roles = roles;
  appMetadata.onboarded = true;
  event.user.app_metadata = appMetadata;

  api.user.setAppMetadata('roles', appMetadata.roles);
  api.user.setAppMetadata('onboarded', appMetadata.onboarded);
};


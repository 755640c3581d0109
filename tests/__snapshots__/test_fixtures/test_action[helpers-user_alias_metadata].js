/**
 * Auth0 post-login Action converted from the Rule user_alias_metadata.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  event.user.app_metadata.visits = (event.user.app_metadata.visits || 0) + 1;
  api.user.setAppMetadata('visits', event.user.app_metadata.visits);
};


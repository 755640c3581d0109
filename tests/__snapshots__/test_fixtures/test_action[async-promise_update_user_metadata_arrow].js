/**
 * Auth0 post-login Action converted from the Rule promise_update_user_metadata_arrow.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  event.user.user_metadata.last_client = event.client.name;
  api.user.setUserMetadata('last_client', event.user.user_metadata.last_client);
};


/**
 * Auth0 post-login Action converted from the Rule null_delete_and_mutators.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const metadata = event.user.app_metadata;
  // One-time token: consume it.
  event.user.app_metadata.invite_token = null;
  delete event.user.app_metadata.legacy_flags;
  event.user.app_metadata.history = event.user.app_metadata.history || [];
  event.user.app_metadata.history.push({ client: event.client.client_id, at: Date.now() });
  console.log('metadata keys', Object.keys(metadata));

  api.user.setAppMetadata('invite_token', event.user.app_metadata.invite_token);
  api.user.setAppMetadata('history', event.user.app_metadata.history);
};


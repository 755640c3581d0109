/**
 * Auth0 post-login Action converted from the Rule client_metadata_registration.js by rules2actions.
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const meta = event.client.metadata || {};
  // TODO(rules2actions R2A300): `context.rules_exec_id` is not converted
  // TODO(rules2actions R2A300): `context.rules_exec_start` is not converted
  // TODO(rules2actions R2A300): `context.rules_version` is not converted
  console.log('rule ' + context.rules_exec_id + ' started at ' + context.rules_exec_start + ' (rules v' + context.rules_version + ')');

  if (event.client.metadata.isAdminClient === 'true' && event.connection.strategy !== 'waad') {
    return api.access.deny('Admin client requires corporate login');
  }

  api.idToken.setCustomClaim('https://example.com/study', event.client.metadata.study || null);
  if (event.client.metadata.overrideUserGuid) {
    api.idToken.setCustomClaim('https://example.com/guid', event.client.metadata.overrideUserGuid);
  }
  if (meta.userApp === 'mobile' && event.client.metadata.userApp) {
    api.idToken.setCustomClaim('https://example.com/app', event.client.metadata.userApp);
  }
  const skip = event.client.metadata.skipPepperRegistration === 'true' ||
    event.client.metadata.mockRegistration === 'true' ||
    event.client.metadata.doLocalRegistration === 'true';
  api.idToken.setCustomClaim('https://example.com/registered', !skip);
  api.idToken.setCustomClaim('updated_at', event.user.updated_at);
  api.idToken.setCustomClaim('picture', event.user.picture);
};


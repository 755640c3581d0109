/**
 * Auth0 post-login Action converted from the Rule unconvertible_updates.js by rules2actions.
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const key = 'visits_' + event.client.client_id;
  // TODO(rules2actions R2A212): `user.app_metadata` is changed with a key known only at run time, so the keys to persist are unknown
  event.user.app_metadata[key] = (event.user.app_metadata[key] || 0) + 1;
  // Dynamic keys cannot be listed, another user's id cannot be updated by api.user.
  // TODO(rules2actions R2A212): this update of `user.app_metadata` was not converted
  auth0.users.updateAppMetadata(event.user.user_id, event.user.app_metadata);
  const primary = event.user.app_metadata.primary_account;
  if (primary) {
    // TODO(rules2actions R2A211): `auth0.users.updateAppMetadata` updates another user (or an unknown id); Actions can only change the current user's metadata
    auth0.users.updateAppMetadata(primary.user_id, { linked_from: event.user.user_id });
  }
  const extra = Object.assign({}, event.user.user_metadata, { seen: true });
  // TODO(rules2actions R2A213): `auth0.users.updateUserMetadata` persists an object other than `user.user_metadata`, whose keys are unknown
  auth0.users.updateUserMetadata(event.user.user_id, extra);
};


/**
 * Auth0 post-login Action converted from the Rule user_profile_paths.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DEPARTMENT_FIELD
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const google = event.user.identities[0];
  const displayName = event.user.name || [event.user.given_name, event.user.family_name].join(' ');
  // TODO(rules2actions R2A201): `user.groups` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata.groups`
  const groups = event.user.groups || [];

  if (event.user.multifactor && event.user.multifactor.length === 0) {
    event.user.multifactor = null;
  }
  const lastReset = event.user.last_password_reset ? new Date(event.user.last_password_reset) : new Date(event.user.created_at);
  if (Date.now() - lastReset.getTime() > 90 * 24 * 3600 * 1000) {
    api.idToken.setCustomClaim('https://example.com/password_expired', true);
  }

  const field = event.secrets.DEPARTMENT_FIELD || 'department';
  api.idToken.setCustomClaim('https://example.com/department', event.user.user_metadata[field] || event.user[field] || null);
  // TODO(rules2actions R2A201): `user.IdP Entity ID` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata.IdP Entity ID`
  api.idToken.setCustomClaim('https://example.com/idp', event.user['IdP Entity ID'] || google.connection);
  // TODO(rules2actions R2A201): `user._HRData` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata._HRData`
  api.idToken.setCustomClaim('https://example.com/cost_center', event.user._HRData ? event.user._HRData.cost_center : null);
  api.idToken.setCustomClaim('https://example.com/username', event.user.username || event.user.email);
  api.idToken.setCustomClaim('https://example.com/name', displayName);
  api.idToken.setCustomClaim('https://example.com/groups', groups);
  api.idToken.setCustomClaim('https://example.com/updated', event.user.updated_at);
  api.idToken.setCustomClaim('https://example.com/picture', event.user.picture);
};


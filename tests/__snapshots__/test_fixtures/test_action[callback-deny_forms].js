/**
 * Auth0 post-login Action converted from the Rule deny_forms.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  if (!event.user.email) {
    return api.access.deny('');
  }
  // TODO(rules2actions R2A201): `user.blocked` is not an `event.user` field; if it lived in app_metadata, read `event.user.app_metadata.blocked`
  if (event.user.blocked) {
    return api.access.deny(`User ${event.user.email} is blocked`);
  } else if (event.request.geoip.countryCode === 'XX') {
    return api.access.deny('Logins from this country are not allowed');
  } else {
    return;
  }
};


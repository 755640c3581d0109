/**
 * Auth0 pre-user-registration Action converted from the Hook request-callback.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePreUserRegistration = async (event, api) => {
  // TODO(rules2actions R2A622): `user` is used as a whole: the user's keys have other names in the Action (`event.user`); check what reads them
  const response = { user: event.user };
  const [err, res, body] = await new Promise((resolve) => request.get({
    url: 'https://%%domain%%/blocklist?email=' + encodeURIComponent(event.user.email),
    headers: { Authorization: 'Bearer ${blocklist_token}' },
    json: true,
  }, (...results) => resolve(results)));
  if (err) {
    return api.access.deny(err.message);
  }
  if (body.blocked) {
    return api.access.deny('blocked: ' + body.reason, 'This email cannot be used');
  }
  response.user.app_metadata = response.user.app_metadata || {};
  response.user.app_metadata.checked_at = Date.now();
  for (const [key, value] of Object.entries(response?.user?.user_metadata ?? {})) api.user.setUserMetadata(key, value);
  for (const [key, value] of Object.entries(response?.user?.app_metadata ?? {})) api.user.setAppMetadata(key, value);
};


/**
 * Auth0 post-login Action converted from the Rule link_by_email.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 10 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const request = require('request');
  // Check if email is verified, we shouldn't automatically
  // merge accounts if this is not the case.
  if (!event.user.email || !event.user.email_verified) {
    return;
  }
  // TODO(rules2actions R2A410): `auth0.baseUrl` is not converted
  const userApiUrl = auth0.baseUrl + '/users';
  // TODO(rules2actions R2A410): `auth0.baseUrl` is not converted
  const userSearchApiUrl = auth0.baseUrl + '/users-by-email';

  // TODO(rules2actions R2A410): `auth0.accessToken` is not converted
  request({
    url: userSearchApiUrl,
    headers: { Authorization: 'Bearer ' + auth0.accessToken },
    qs: { email: event.user.email }
  }, function (err, response, body) {
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    if (err) return callback(err);
    // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
    if (response.statusCode !== 200) return callback(new Error(body));

    var data = JSON.parse(body);
    // Ignore non-verified users and current user, if present
    data = data.filter(function (u) {
      return u.email_verified && (u.user_id !== event.user.user_id);
    });
    if (data.length > 1) {
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      return callback(new Error('[!] Rule: Multiple user profiles already exist - cannot select base profile to link with'));
    }
    if (data.length === 0) {
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      return callback(null, user, context);
    }
    const originalUser = data[0];
    const provider = event.user.identities[0].provider;
    const providerUserId = event.user.identities[0].user_id;

    // TODO(rules2actions R2A410): `auth0.accessToken` is not converted
    request.post({
      url: userApiUrl + '/' + originalUser.user_id + '/identities',
      headers: { Authorization: 'Bearer ' + auth0.accessToken },
      json: { provider: provider, user_id: String(providerUserId) }
    }, function (err, response, body) {
      if (response.statusCode >= 400) {
        // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
        return callback(new Error('Error linking account: ' + response.statusMessage));
      }
      api.authentication.setPrimaryUser(originalUser.user_id);
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      callback(null, user, context);
    });
  });
};


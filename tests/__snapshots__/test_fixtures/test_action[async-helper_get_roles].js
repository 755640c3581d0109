/**
 * Auth0 post-login Action converted from the Rule helper_get_roles.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ROLES_API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Gallery "add roles from an API": a local helper that takes a node-style callback.
  function getRoles(cb) {
    request.get({
      url: event.secrets.ROLES_API + '/users/' + encodeURIComponent(event.user.user_id) + '/roles',
      json: true
    }, function (err, response, body) {
      if (err) return cb(err);
      cb(null, body.roles || []);
    });
  }

  const [err, roles] = await new Promise((resolve) => getRoles((...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  api.idToken.setCustomClaim('https://example.com/roles', roles);
};


/**
 * Auth0 post-login Action converted from the Rule depth3_helper_chain.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DIR_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // ensureUserExists > request.get > request.post (three levels of node-style callbacks)
  function ensureUserExists(done) {
    request.get({ url: event.secrets.DIR_URL + '/users/' + event.user.user_id, json: true }, function (err, res, existing) {
      if (err) return done(err);
      if (res.statusCode === 200) return done(null, existing);
      request.post({ url: event.secrets.DIR_URL + '/users', json: { id: event.user.user_id, email: event.user.email } }, function (err2, res2, created) {
        if (err2) return done(err2);
        done(null, created);
      });
    });
  }

  const [err, dirUser] = await new Promise((resolve) => ensureUserExists((...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  api.idToken.setCustomClaim('https://example.com/directory_id', dirUser.dir_id);
};


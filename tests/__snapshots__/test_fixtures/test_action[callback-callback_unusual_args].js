/**
 * Auth0 post-login Action converted from the Rule callback_unusual_args.js by rules2actions.
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const checkUser = function (profile, done) {
    done(profile.email ? null : new Error('no email'));
  };
  const err = event.user.email ? null : new Error('missing email');
  if (err) {
    // TODO(rules2actions R2A114): `callback` is called with a value that may or may not be an error
    return callback(err, user, context);
  }
  const patched = Object.assign({}, event.user, { source: 'rules' });
  if (event.user.app_metadata && event.user.app_metadata.legacy) {
    // TODO(rules2actions R2A113): `callback` passes a different `user` or `context` on to the next rule
    return callback(null, patched, context);
  }
  // TODO(rules2actions R2A116): `callback` is called inside an expression
  event.user.email_verified && callback(null, user, context);
  // TODO(rules2actions R2A112): `callback` is passed on or stored here, not called
  checkUser(event.user, callback);
};


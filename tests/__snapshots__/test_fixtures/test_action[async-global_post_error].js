/**
 * Auth0 post-login Action converted from the Rule global_post_error.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, response, body] = await new Promise((resolve) => request.post({ url: 'https://ml.example.com/predict', json: { email: event.user.email } }, (...results) => resolve(results)));
  if (err) {
    // This part of the rule calls `callback` with a value that may or may not be an error.
    // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
    await new Promise((resolve) => {
      let settled = false;
      const callback = (error) => {
        if (settled) return;
        settled = true;
        if (error) {
          api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
        }
        resolve();
      };
      // TODO(rules2actions R2A113): `callback` passes on a value computed by a call; that call must stay
      // TODO(rules2actions R2A422): `global.postError` is set by another rule; copy its definition (or compute it) in this Action
      // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
      return callback(null, event.user, global.postError ? global.postError('ml', context) : context);
    });
    return;
  }
  api.idToken.setCustomClaim('https://example.com/segment', body.segment);
};


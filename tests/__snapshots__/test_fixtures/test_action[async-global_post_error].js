/**
 * Auth0 post-login Action converted from the Rule global_post_error.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, response, body] = await new Promise((resolve) => request.post({ url: 'https://ml.example.com/predict', json: { email: event.user.email } }, (...results) => resolve(results)));
  if (err) {
    return;
  }
  api.idToken.setCustomClaim('https://example.com/segment', body.segment);
};


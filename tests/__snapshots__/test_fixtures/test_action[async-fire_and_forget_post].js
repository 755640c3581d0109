/**
 * Auth0 post-login Action converted from the Rule fire_and_forget_post.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Fire and forget: do not wait for the analytics service.
  request.post({
    url: 'https://analytics.example.com/track',
    json: { event: 'login', user_id: event.user.user_id }
  });
  api.idToken.setCustomClaim('https://example.com/tracked', true);
};


/**
 * Auth0 post-login Action converted from the Rule comments_in_ignored_answer.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - WEBHOOK_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err] = await new Promise((resolve) => request.post({
    url: event.secrets.WEBHOOK_URL,
    json: { user_id: event.user.user_id, client: event.client.name }
  }, (...results) => resolve(results)));
  // the webhook's answer does not matter: never block a login on it
};


/**
 * Auth0 post-login Action converted from the Rule node_post_webhook.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SLACK_HOOK_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // Notify Slack-style webhook of every login (Auth0 rules gallery style).
  const payload = { text: event.user.email + ' logged in to ' + event.client.name };

  const [error, response, body] = await new Promise((resolve) => request.post({ url: event.secrets.SLACK_HOOK_URL, json: payload }, (...results) => resolve(results)));
  if (error) return api.access.deny(error.message);
};


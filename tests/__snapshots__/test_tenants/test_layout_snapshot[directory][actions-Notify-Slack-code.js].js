/**
 * Auth0 post-login Action converted from the Rule Notify-Slack by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ENV
 *   - SLACK_HOOK_URL
 *   - THISDATA_API_KEY
 */
exports.onExecutePostLogin = async (event, api) => {
  const slackUrl = event.secrets.SLACK_HOOK_URL;
  const apiKey = event.secrets['THISDATA_API_KEY'];
  if (!slackUrl || !apiKey) {
    return api.access.deny('Missing rule settings');
  }
  api.idToken.setCustomClaim('https://example.com/env', event.secrets.ENV || 'production');
};


/**
 * Auth0 post-login Action converted from the Rule throw_sync.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ALLOWED_DOMAIN
 */
exports.onExecutePostLogin = async (event, api) => {
  if (!event.secrets.ALLOWED_DOMAIN) {
    throw new Error('ALLOWED_DOMAIN is not configured');
  }
  if (!event.user.email.endsWith('@' + event.secrets.ALLOWED_DOMAIN)) {
    return api.access.deny('Access denied.');
  }
};


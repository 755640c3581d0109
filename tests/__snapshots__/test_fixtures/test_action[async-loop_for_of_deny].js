/**
 * Auth0 post-login Action converted from the Rule loop_for_of_deny.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - REQUIRED_FIELDS
 */
exports.onExecutePostLogin = async (event, api) => {
  const required = event.secrets.REQUIRED_FIELDS.split(',');
  for (const field of required) {
    if (!event.user[field]) {
      // stop at the first missing field
      return api.access.deny('Missing profile field: ' + field);
    }
  }
};


/**
 * Auth0 post-login Action converted from the Rule destructured.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SALESFORCE_CLIENT_ID
 *   - SALESFORCE_CLIENT_SECRET
 */
exports.onExecutePostLogin = async (event, api) => {
  const { SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET: secret } = event.secrets;
  if (!SALESFORCE_CLIENT_ID || !secret) {
    return api.access.deny('Salesforce is not configured');
  }
  const settings = { config: event.secrets };
  console.log(Object.keys(settings));
};


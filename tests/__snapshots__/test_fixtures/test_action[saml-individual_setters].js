/**
 * Auth0 post-login Action converted from the Rule individual_setters.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SALESFORCE_ACS
 *   - SALESFORCE_CLIENT_ID
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.client_id === event.secrets.SALESFORCE_CLIENT_ID) {
    api.samlResponse.setAudience('https://saml.salesforce.com');
    api.samlResponse.setRecipient(event.secrets.SALESFORCE_ACS);
    api.samlResponse.setNameIdentifierFormat(
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    api.samlResponse.setNameIdentifierProbes([
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    ]);
    api.samlResponse.setAttribute('http://schemas.example.com/claims/employee_id',
      event.user.app_metadata?.employee_id);
    api.samlResponse.setLifetimeInSeconds(8 * 3600); // a working day
  }
};


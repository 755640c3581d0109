/**
 * Auth0 post-login Action converted from the Rule saml_assertion_settings.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SAML_SP_CLIENT_ID
 *   - SAML_SP_ENTITY
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.client_id !== event.secrets.SAML_SP_CLIENT_ID) {
    return;
  }

  // Service provider requires the assertion to be addressed to its ACS URL.
  api.samlResponse.setAudience('urn:sp:' + event.secrets.SAML_SP_ENTITY);
  api.samlResponse.setRecipient('https://sp.example.com/saml/acs');
  api.samlResponse.setDestination('https://sp.example.com/saml/acs');
  api.samlResponse.setIssuer('urn:example:idp');
  api.samlResponse.setLifetimeInSeconds(3600);
  api.samlResponse.setSignatureAlgorithm('rsa-sha256');
  api.samlResponse.setMapIdentities(false);
  api.samlResponse.setMapUnknownClaimsAsIs(false);
  api.samlResponse.setPassthroughClaimsWithNoMapping(false);
  api.samlResponse.setNameIdentifierProbes([
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'
  ]);
};


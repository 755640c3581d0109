/**
 * Auth0 post-login Action converted from the Rule saml_encrypted_assertion.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUTH0_DOMAIN
 *   - PARTNER_ENCRYPTION_CERT
 *   - PARTNER_ENCRYPTION_PUBLIC_KEY
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.transaction?.protocol !== 'samlp') {
    return;
  }

  // Encrypt assertions for the partner (public key and certificate from their metadata).
  api.samlResponse.setEncryptionCert(event.secrets.PARTNER_ENCRYPTION_CERT);
  api.samlResponse.setEncryptionPublicKey(event.secrets.PARTNER_ENCRYPTION_PUBLIC_KEY);
  api.samlResponse.setSignatureAlgorithm('rsa-sha256');
  api.samlResponse.setDestination('https://partner.example.org/sso/acs');
  api.samlResponse.setRecipient('https://partner.example.org/sso/acs');
  api.samlResponse.setAudience('https://partner.example.org');
  api.samlResponse.setIssuer('urn:' + event.secrets.AUTH0_DOMAIN);
  api.samlResponse.setLifetimeInSeconds(600);
  api.samlResponse.setMapIdentities(true);
  api.samlResponse.setMapUnknownClaimsAsIs(true);
  api.samlResponse.setPassthroughClaimsWithNoMapping(true);
  api.samlResponse.setNameIdentifierProbes([
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'
  ]);
  api.samlResponse.setEncryptionCert(event.secrets.PARTNER_ENCRYPTION_CERT);
};


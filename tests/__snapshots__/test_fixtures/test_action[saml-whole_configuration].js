/**
 * Auth0 post-login Action converted from the Rule whole_configuration.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.name !== 'Zendesk') return;

  api.samlResponse.setAudience('https://example.zendesk.com');
  api.samlResponse.setMapUnknownClaimsAsIs(false);
  api.samlResponse.setPassthroughClaimsWithNoMapping(false);
  api.samlResponse.setMapIdentities(false);
  api.samlResponse.setSignatureAlgorithm('rsa-sha256');
  api.samlResponse.setDigestAlgorithm('sha256');
  api.samlResponse.setAttribute('email', event.user.email);
  api.samlResponse.setAttribute('name', event.user.name);
  api.samlResponse.setAttribute('organization', event.user.app_metadata?.zendesk_org);
};


/**
 * Auth0 post-login Action converted from the Rule name_identifier_and_issuer.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AWS_CLIENT_ID
 */
exports.onExecutePostLogin = async (event, api) => {
  // AWS wants the role and session name as attributes.
  if (event.client.client_id !== event.secrets.AWS_CLIENT_ID) return;
  api.samlResponse.setAttribute('https://aws.amazon.com/SAML/Attributes/Role', event.user.app_metadata?.aws_role);
  api.samlResponse.setAttribute('https://aws.amazon.com/SAML/Attributes/RoleSessionName', event.user.email);
  api.samlResponse.setNameIdentifierFormat('urn:oasis:names:tc:SAML:2.0:nameid-format:persistent');
  api.samlResponse.setIssuer('urn:example:auth0'); // must match the IdP entity id in AWS
  api.samlResponse.setCreateUpnClaim(false);
};


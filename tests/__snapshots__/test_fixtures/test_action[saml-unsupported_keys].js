/**
 * Auth0 post-login Action converted from the Rule unsupported_keys.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A332): Actions cannot set `logout` on the SAML response: single logout (`logout.callback`, `logout.slo_enabled`) is configured on the application's SAML2 Web App addon, not per login
  context.samlConfiguration.logout = {
    callback: 'https://sp.example.com/slo',
    slo_enabled: true
  };
  // TODO(rules2actions R2A332): Actions cannot set `binding` on the SAML response: the response binding is configured on the application's SAML2 Web App addon, not per login
  context.samlConfiguration.binding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
  api.samlResponse.setSignResponse(true);
};


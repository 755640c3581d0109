/**
 * Auth0 post-login Action converted from the Rule whole_with_logout.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.client.name === 'Intranet') {
    // TODO(rules2actions R2A332): Actions cannot set `logout` on the SAML response: single logout (`logout.callback`, `logout.slo_enabled`) is configured on the application's SAML2 Web App addon, not per login
    context.samlConfiguration = {
      nameIdentifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      logout: { callback: 'https://intranet.example.com/logout', slo_enabled: true },
      mappings: { 'urn:oid:0.9.2342.19200300.100.1.3': 'email' }
    };
  }
};


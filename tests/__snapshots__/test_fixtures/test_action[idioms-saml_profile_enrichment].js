/**
 * Auth0 post-login Action converted from the Rule saml_profile_enrichment.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SP_CERT
 *   - SP_PUBLIC_KEY
 *
 * npm dependencies to add to this Action:
 *   - jsonwebtoken
 *
 * 6 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const connection = event.connection.name;
  const clientName = event.client.name;
  global.jwtLib = global.jwtLib || require('jsonwebtoken');
  // TODO(rules2actions R2A421): `global.hashEmail` defines a helper for later rules; define it in each Action that uses it
  global.hashEmail = function (email) {
    return Buffer.from(email || '').toString('base64');
  };

  if (event.transaction?.protocol !== 'samlp') {
    return;
  }

  const idp = event.user.identities?.[0] ?? {};
  // TODO(rules2actions R2A203): in Rules `user.given_name` changed the ID token's `given_name` claim (scope `profile`) and the SAML assertion; `event.user.given_name` changes neither: after it call `api.idToken.setCustomClaim('given_name', event.user.given_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', event.user.given_name)`
  event.user.given_name = event.user.given_name || event.user.user_metadata.given_name;
  // TODO(rules2actions R2A203): in Rules `user.family_name` changed the ID token's `family_name` claim (scope `profile`) and the SAML assertion; `event.user.family_name` changes neither: after it call `api.idToken.setCustomClaim('family_name', event.user.family_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', event.user.family_name)`
  event.user.family_name = event.user.family_name || event.user.user_metadata.family_name;
  // TODO(rules2actions R2A203): in Rules `user.email` changed the ID token's `email` claim (scope `email`) and the SAML assertion; `event.user.email` changes neither: after it call `api.idToken.setCustomClaim('email', event.user.email)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', event.user.email)`
  event.user.email = event.user.email.toLowerCase();
  // TODO(rules2actions R2A203): in Rules `user.picture` changed the ID token's `picture` claim (scope `profile`) and the SAML assertion; `event.user.picture` changes neither: after it call `api.idToken.setCustomClaim('picture', event.user.picture)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.auth0.com/picture', event.user.picture)`
  event.user.picture = event.user.picture || 'https://cdn.example.com/avatar.png';
  event.user.country = (event.request.geoip && event.request.geoip.countryCode) || 'US';
  event.user.groups = [...(event.user.groups || []), 'saml-' + connection];
  event.user['IdP Entity ID'] = idp.connection;
  event.user.identities = [idp];
  event.user.persistent = {};
  event.user.persistent.email_hash = global.hashEmail(event.user.email);
  for (const key of ['department', 'title']) {
    event.user[key] = event.user.user_metadata[key] || '';
  }
  delete event.user.user_metadata.temp_token;
  event.user.user_metadata.last_saml_client = clientName;

  api.samlResponse.setEncryptionCert(event.secrets.SP_CERT);
  api.samlResponse.setEncryptionPublicKey(event.secrets.SP_PUBLIC_KEY);
  // TODO(rules2actions R2A334): the SAML mapping reads `user.department`, which `event.user` does not document (Rules also saw attributes merged in by connections and earlier rules): check where the value comes from
  context.samlConfiguration.mappings = {
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country': 'country',
    'http://schemas.xmlsoap.org/claims/Group': 'groups',
    'http://schemas.example.com/claims/department': 'department',
    'http://schemas.example.com/claims/idp': 'IdP Entity ID'
  };
  api.accessToken.setCustomClaim('https://example.com/' + 'hash', event.user.persistent.email_hash);
};


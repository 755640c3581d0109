/**
 * Auth0 post-login Action converted from the Rule normalize_profile_writes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - EXTRA_ATTRIBUTE
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Normalise the profile some downstream SAML/WS-Fed apps read from the root of `user`.
  const idp = event.user.identities[0];
  // TODO(rules2actions R2A203): in Rules `user.given_name` changed the ID token's `given_name` claim (scope `profile`) and the SAML assertion; `event.user.given_name` changes neither: after it call `api.idToken.setCustomClaim('given_name', event.user.given_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', event.user.given_name)`
  event.user.given_name = event.user.given_name || (event.user.name || '').split(' ')[0];
  // TODO(rules2actions R2A203): in Rules `user.family_name` changed the ID token's `family_name` claim (scope `profile`) and the SAML assertion; `event.user.family_name` changes neither: after it call `api.idToken.setCustomClaim('family_name', event.user.family_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', event.user.family_name)`
  event.user.family_name = event.user.family_name || (event.user.name || '').split(' ').slice(1).join(' ');
  // TODO(rules2actions R2A203): in Rules `user.email` changed the ID token's `email` claim (scope `email`) and the SAML assertion; `event.user.email` changes neither: after it call `api.idToken.setCustomClaim('email', event.user.email)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', event.user.email)`
  event.user.email = (event.user.email || '').toLowerCase();
  // TODO(rules2actions R2A203): in Rules `user.picture` changed the ID token's `picture` claim (scope `profile`) and the SAML assertion; `event.user.picture` changes neither: after it call `api.idToken.setCustomClaim('picture', event.user.picture)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.auth0.com/picture', event.user.picture)`
  event.user.picture = event.user.picture || 'https://cdn.example.com/avatar/default.png';
  event.user.country = event.request.geoip ? event.request.geoip.countryCode : 'US';
  event.user.groups = (event.user.app_metadata && event.user.app_metadata.groups) || [];
  event.user['IdP Entity ID'] = idp.connection;
  event.user.identities = event.user.identities.filter(function (i) { return i.provider !== 'sms'; });
  event.user.persistent = event.user.persistent || {};
  event.user.persistent.lastClient = event.client.name;
  const extra = event.secrets.EXTRA_ATTRIBUTE || 'tenant';
  event.user[extra] = event.tenant.id;

  event.user.user_metadata.last_country = event.user.country;
  try {
    await Promise.resolve(api.user.setUserMetadata('last_country', event.user.user_metadata.last_country));
    api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country', event.user.country);
      api.samlResponse.setAttribute('http://schemas.xmlsoap.org/claims/Group', event.user.groups);
  } catch (err) {
    return api.access.deny(err.message);
  }
};


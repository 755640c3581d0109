/**
 * Auth0 post-login Action converted from the Rule ws_fed_profile_writes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ROLE_ATTRIBUTE
 *   - WSFED_CERT
 *   - WSFED_KEY
 *
 * 6 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const emails = event.user.user_metadata.alt_emails || [];

  if (event.transaction?.protocol !== 'wsfed' && event.transaction?.protocol !== 'samlp') {
    return;
  }

  try {
    if (!event.user.email) {
      throw new Error('An email address is required for WS-Fed applications');
    }
    const attr = event.secrets.ROLE_ATTRIBUTE || 'role';
    event.user[attr] = (event.user.app_metadata && event.user.app_metadata.role) || 'member';
    // TODO(rules2actions R2A203): in Rules `user.given_name` changed the ID token's `given_name` claim (scope `profile`) and the SAML assertion; `event.user.given_name` changes neither: after it call `api.idToken.setCustomClaim('given_name', event.user.given_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', event.user.given_name)`
    event.user.given_name = event.user.given_name || event.user.name.split(' ')[0];
    // TODO(rules2actions R2A203): in Rules `user.family_name` changed the ID token's `family_name` claim (scope `profile`) and the SAML assertion; `event.user.family_name` changes neither: after it call `api.idToken.setCustomClaim('family_name', event.user.family_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', event.user.family_name)`
    event.user.family_name = event.user.family_name || event.user.name.split(' ').slice(1).join(' ');
    // TODO(rules2actions R2A203): in Rules `user.email` changed the ID token's `email` claim (scope `email`) and the SAML assertion; `event.user.email` changes neither: after it call `api.idToken.setCustomClaim('email', event.user.email)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', event.user.email)`
    event.user.email = event.user.email.trim();
    // TODO(rules2actions R2A203): in Rules `user.picture` changed the ID token's `picture` claim (scope `profile`) and the SAML assertion; `event.user.picture` changes neither: after it call `api.idToken.setCustomClaim('picture', event.user.picture)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.auth0.com/picture', event.user.picture)`
    event.user.picture = event.user.picture || null;
    event.user.country = event.user.user_metadata.country || 'US';
    event.user.groups = (event.user.groups || []).concat(emails.length ? ['multi-email'] : []);
    event.user['IdP Entity ID'] = 'urn:' + event.connection.name;
    event.user.identities = event.user.identities.slice(0, 1);
    event.user.persistent = event.user.persistent || {};
    event.user.persistent.alt_count = emails.length;
  } catch (e) {
    return api.access.deny(e.message);
  }

  emails.forEach(function (mail) {
    if (mail.endsWith('@blocked.example')) {
      event.user.user_metadata.flagged = true;
    }
  });

  // TODO(rules2actions R2A322): the MFA option `ignoreCookie` has no equivalent in `api.multifactor.enable`: to ask for MFA on every login, pass `allowRememberBrowser: false`
  context.multifactor = { provider: 'any', allowRememberBrowser: false, ignoreCookie: true };
  api.samlResponse.setEncryptionCert(event.secrets.WSFED_CERT);
  api.samlResponse.setEncryptionPublicKey(event.secrets.WSFED_KEY);
  // TODO(rules2actions R2A331): a SAML mapping value is not a literal profile path; Rules read the user profile at that path: pass `api.samlResponse.setAttribute(name, <the value>)`
  context.samlConfiguration.mappings = {
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role': event.secrets.ROLE_ATTRIBUTE || 'role',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country': 'country'
  };
  api.accessToken.setCustomClaim('https://example.com/' + 'groups', event.user.groups);
};


/**
 * Auth0 post-login Action converted from the Rule ws_fed_profile_writes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ROLE_ATTRIBUTE
 *   - WSFED_CERT
 *   - WSFED_KEY
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
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
    event.user.given_name = event.user.given_name || event.user.name.split(' ')[0];
    event.user.family_name = event.user.family_name || event.user.name.split(' ').slice(1).join(' ');
    event.user.email = event.user.email.trim();
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


/**
 * Auth0 post-login Action converted from the Rule normalize_profile_writes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - EXTRA_ATTRIBUTE
 */
exports.onExecutePostLogin = async (event, api) => {
  // Normalise the profile some downstream SAML/WS-Fed apps read from the root of `user`.
  const idp = event.user.identities[0];
  event.user.given_name = event.user.given_name || (event.user.name || '').split(' ')[0];
  event.user.family_name = event.user.family_name || (event.user.name || '').split(' ').slice(1).join(' ');
  event.user.email = (event.user.email || '').toLowerCase();
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


/**
 * Auth0 post-login Action converted from the Rule request_context_details.js by rules2actions.
 *
 * 8 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const ua = event.request.user_agent || '';
  const host = event.request.hostname;
  const risk = event.authentication?.riskAssessment;

  if (event.connection.strategy === 'google-oauth2' && /curl|python-requests/i.test(ua)) {
    return api.access.deny('Automated clients are not allowed');
  }
  if (risk && risk.confidence === 'low') {
    api.idToken.setCustomClaim('https://example.com/risk', 'low');
  }

  // TODO(rules2actions R2A313): Actions does not add the restricted claim 'amr' to the token
  // TODO(rules2actions R2A310): a claim is read back from `context.idToken`; Actions cannot read claims back
  api.idToken.setCustomClaim('amr', context.idToken.amr || ['pwd']);
  api.idToken.setCustomClaim('id', event.user.user_id);
  api.idToken.setCustomClaim('country', event.request.geoip && event.request.geoip.countryCode);
  api.idToken.setCustomClaim('email_verified', event.user.email_verified);
  api.idToken.setCustomClaim('nickname', event.user.nickname);
  api.idToken.setCustomClaim('original_nickname', event.user.nickname);
  api.idToken.setCustomClaim('runtime', 'rules');
  api.accessToken.setCustomClaim('country', event.request.geoip && event.request.geoip.countryCode);
  api.idToken.setCustomClaim('https://example.com/host', host);
  // TODO(rules2actions R2A304): `context.jwtConfiguration`: token lifetime and scopes cannot be set per login in Actions; set the lifetime on the API or application, and scopes with `api.accessToken.addScope`/`removeScope`
  api.idToken.setCustomClaim('https://example.com/scopes', context.jwtConfiguration && context.jwtConfiguration.scopes);
  // TODO(rules2actions R2A303): `context.log` is written; data on `context` does not reach other Actions
  context.log = 'done';
  // TODO(rules2actions R2A300): `context.primaryUserMetadata` is not converted
  if (context.primaryUserMetadata) {
    // TODO(rules2actions R2A300): `context.primaryUserMetadata.plan` is not converted
    api.idToken.setCustomClaim('https://example.com/primary', context.primaryUserMetadata.plan);
  }
  // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
  if (context.redirect && context.redirect.url) {
    // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
    console.log('already redirecting to ' + context.redirect.url);
  }
};


/**
 * Auth0 post-login Action converted from the Rule whole_token_objects.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - EXTRA_KEY
 *
 * 12 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const ns = 'https://example.com/';
  const extra = event.user.user_metadata[event.secrets.EXTRA_KEY] || {};
  const key = event.secrets.EXTRA_KEY;

  if (event.client.metadata.userApp === 'legacy') {
    // The legacy app wants a minimal ID token.
    // TODO(rules2actions R2A311): `context.idToken` is replaced as a whole object
    context.idToken = { email: event.user.email, [ns + 'legacy']: true };
    // TODO(rules2actions R2A311): `context.accessToken` is replaced as a whole object
    context.accessToken = { scope: 'openid' };
    return;
  }
  if (event.user.multifactor && event.user.multifactor.indexOf('google-authenticator') !== -1) {
    // TODO(rules2actions R2A322): the MFA option `issuer` has no equivalent in `api.multifactor.enable`: the Guardian issuer label is set in the Dashboard (Security > Multi-factor Auth > Guardian)
    context.multifactor = { provider: 'google-authenticator', issuer: 'Example Corp', allowRememberBrowser: true };
  }

  api.idToken.setCustomClaim(key, extra);
  api.accessToken.setCustomClaim(key, extra);
  api.idToken.setCustomClaim(event.user.app_metadata.claim, 'on');
  api.accessToken.setCustomClaim(event.user.app_metadata.claim, 'on');
  api.idToken.setCustomClaim('plan', event.user.app_metadata.plan || 'free');
  api.idToken.setCustomClaim('https://example.com/created', event.user.created_at);
  api.idToken.setCustomClaim('https://example.com/reset', event.user.last_password_reset);
  // TODO(rules2actions R2A300): `context.rules_exec_id` is not converted
  // TODO(rules2actions R2A300): `context.rules_exec_start` is not converted
  // TODO(rules2actions R2A300): `context.rules_version` is not converted
  api.idToken.setCustomClaim('https://example.com/exec', context.rules_exec_id + '@' + context.rules_exec_start + '/' + context.rules_version);
  api.idToken.setCustomClaim('updated_at', event.user.updated_at);
  api.idToken.setCustomClaim('picture', event.user.picture);
  api.idToken.setCustomClaim('country', event.request.geoip.countryCode);
  api.idToken.setCustomClaim('email_verified', event.user.email_verified);
  api.idToken.setCustomClaim('original_nickname', event.user.nickname);
  api.idToken.setCustomClaim('runtime', 'node');
  api.idToken.setCustomClaim('id', event.user.user_id);
  // TODO(rules2actions R2A313): Actions does not add the restricted claim 'amr' to the token
  api.idToken.setCustomClaim('amr', ['mfa']);
  api.accessToken.setCustomClaim('country', event.request.geoip.countryCode);
  // TODO(rules2actions R2A303): `context.log` is written; data on `context` does not reach other Actions
  context.log = 'tokens';
  // TODO(rules2actions R2A300): `context.primaryUserMetadata` is not converted
  if (context.primaryUserMetadata) {
    // TODO(rules2actions R2A300): `context.primaryUserMetadata.email` is not converted
    console.log('linking into ' + context.primaryUserMetadata.email);
  }
  // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
  if (context.redirect) {
    // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
    console.log(context.redirect.url);
  }
};


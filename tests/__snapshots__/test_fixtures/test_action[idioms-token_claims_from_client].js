/**
 * Auth0 post-login Action converted from the Rule token_claims_from_client.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - lodash@4.18.1
 *
 * 9 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const _ = require('lodash');

exports.onExecutePostLogin = async (event, api) => {
  const clientMetadata = event.client.metadata;
  const request = event.request && {
    geoip: event.request.geoip && {
      country_code: event.request.geoip.countryCode,
    },
  };
  const claimName = clientMetadata.claim_name || 'https://example.com/tier';
  const apiClaim = event.client.metadata.api_claim || 'https://api.example.com/tier';

  // TODO(rules2actions R2A300): `context.rules_exec_id` is not converted
  // TODO(rules2actions R2A300): `context.rules_exec_start` is not converted
  // TODO(rules2actions R2A300): `context.rules_version` is not converted
  console.log(`exec ${context.rules_exec_id} at ${context.rules_exec_start}, version ${context.rules_version}`);
  if (event.client.metadata.isAdminClient === 'true' && !event.user.multifactor) {
    // TODO(rules2actions R2A322): the MFA option `issuer` has no equivalent in `api.multifactor.enable`: the Guardian issuer label is set in the Dashboard (Security > Multi-factor Auth > Guardian)
    context.multifactor = { provider: 'guardian', allowRememberBrowser: false, issuer: 'Example Admin' };
  }

  const tier = event.user.user_metadata?.tier ?? 'free';
  api.idToken.setCustomClaim(claimName, tier);
  api.accessToken.setCustomClaim(apiClaim, tier);
  api.idToken.setCustomClaim('tier_source', 'rules');
  api.idToken.setCustomClaim(clientMetadata.study || 'https://example.com/study', event.client.metadata.study);
  api.accessToken.setCustomClaim(event.client.metadata.userApp || 'https://example.com/app', 'yes');
  api.idToken.setCustomClaim('updated_at', event.user.updated_at);
  api.idToken.setCustomClaim('picture', event.user.picture);
  api.idToken.setCustomClaim('country', request.geoip && request.geoip.country_code);
  api.idToken.setCustomClaim('email_verified', event.user.email_verified);
  api.idToken.setCustomClaim('original_nickname', event.user.nickname);
  api.idToken.setCustomClaim('runtime', 'rules');
  api.idToken.setCustomClaim('id', event.user.user_id);
  // TODO(rules2actions R2A313): Actions does not add the restricted claim 'amr' to the token
  api.idToken.setCustomClaim('amr', ['pwd']);
  api.accessToken.setCustomClaim('country', request.geoip && request.geoip.country_code);
  api.idToken.setCustomClaim('https://example.com/created', _.get(event.user, 'created_at'));
  api.idToken.setCustomClaim('https://example.com/pwd_reset', event.user.last_password_reset || null);
  api.idToken.setCustomClaim('https://example.com/flags', [
    event.client.metadata.overrideUserGuid,
    event.client.metadata.skipPepperRegistration,
    event.client.metadata.mockRegistration,
    event.client.metadata.doLocalRegistration
  ].filter(Boolean));
  // TODO(rules2actions R2A303): `context.log` is written; data on `context` does not reach other Actions
  context.log = { rule: 'token-claims' };
  // TODO(rules2actions R2A300): `context.primaryUserMetadata` is not converted
  // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
  if (context.primaryUserMetadata && context.redirect && context.redirect.url) {
    // TODO(rules2actions R2A300): `context.redirect` was not converted; in Actions it is `api.redirect.sendUserTo(url, { query })`
    api.idToken.setCustomClaim('https://example.com/continue', context.redirect.url);
  }
};


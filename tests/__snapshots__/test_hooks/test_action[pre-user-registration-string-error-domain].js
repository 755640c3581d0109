/**
 * Auth0 pre-user-registration Action converted from the Hook string-error-domain.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - ALLOWED_DOMAINS
 */
exports.onExecutePreUserRegistration = async (event, api) => {
  const allowed = (event.secrets.ALLOWED_DOMAINS || '').split(',');
  const domain = event.user.email.split('@')[1];
  if (allowed.indexOf(domain) === -1) {
    // the signup form shows a generic error anyway
    return api.access.deny('Invalid signup');
  }
  if (domain === 'legacy.example.com') {
    return api.access.deny('legacy domain ' + domain);
  }
  api.user.setAppMetadata('domain', domain);
};


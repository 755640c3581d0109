/**
 * Auth0 post-login Action converted from the Rule dynamic_and_module_scope.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ENV
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
// TODO(rules2actions R2A401): `configuration` is used outside the rule function, where `event.secrets` does not exist
const DEFAULT_ENV = configuration.ENV;

exports.onExecutePostLogin = async (event, api) => {
  const key = 'ALLOWED_DOMAINS_' + (event.secrets.ENV || DEFAULT_ENV);
  const allowed = (event.secrets[key] || '').split(',');
  const domain = event.user.email.split('@')[1];
  if (allowed.indexOf(domain) === -1) {
    return api.access.deny('Domain ' + domain + ' is not allowed');
  }
};


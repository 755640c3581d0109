/**
 * Auth0 pre-user-registration Action converted from the Hook response-object.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - PLAN_DEFAULT
 */
/**
@param {object} user - user being created
@param {object} context - Auth0 connection and other context info
@param {function} cb - function (error, response)
*/
exports.onExecutePreUserRegistration = async (event, api) => {
  // block disposable domains
  if (event.user.email.endsWith('@mailinator.com')) {
    return api.access.deny('Denied disposable email', 'Please use a real email address');
  }
  const { PLAN_DEFAULT } = event.secrets;
  api.user.setUserMetadata('plan', PLAN_DEFAULT);
  api.user.setUserMetadata('lang', event.request.language);
  api.user.setAppMetadata('signup_ip', event.request.ip);
};


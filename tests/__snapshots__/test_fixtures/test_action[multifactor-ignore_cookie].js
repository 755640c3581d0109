/**
 * Auth0 post-login Action converted from the Rule ignore_cookie.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.authorization && event.authorization.roles) || [];
  if (roles.includes('admin')) {
    // TODO(rules2actions R2A322): the MFA option `ignoreCookie` has no equivalent in `api.multifactor.enable`: to ask for MFA on every login, pass `allowRememberBrowser: false`
    context.multifactor = {
      provider: 'guardian',
      ignoreCookie: true // ask on every login
    };
  }
};


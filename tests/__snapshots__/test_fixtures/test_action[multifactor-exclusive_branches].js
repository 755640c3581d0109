/**
 * Auth0 post-login Action converted from the Rule exclusive_branches.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.user.app_metadata && event.user.app_metadata.roles) || [];

  // Admins always use Guardian, every time.
  if (roles.indexOf('admin') !== -1) {
    api.multifactor.enable('guardian', {
      allowRememberBrowser: false
    });
    return;
  }

  // Logins from abroad get any factor the user enrolled.
  if (event.request.geoip && event.request.geoip.countryCode !== 'US') {
    api.multifactor.enable('any', { allowRememberBrowser: false });
    return;
  } else if (event.user.app_metadata && event.user.app_metadata.use_mfa) {
    api.multifactor.enable('any', { allowRememberBrowser: true });
  } else {
    return;
  }
};


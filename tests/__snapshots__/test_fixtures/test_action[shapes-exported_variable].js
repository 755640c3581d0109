/**
 * Auth0 post-login Action converted from the Rule exported_variable.js by rules2actions.
 */
'use strict';

const ADMIN_ROLE = 'admin';

/**
 * Administrators of the dashboard always get an MFA challenge.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = (event.user.app_metadata && event.user.app_metadata.roles) || [];
  if (roles.includes(ADMIN_ROLE) && event.client.name === 'Admin Dashboard') {
    api.multifactor.enable('any', {
      allowRememberBrowser: false,
    });
  }
};


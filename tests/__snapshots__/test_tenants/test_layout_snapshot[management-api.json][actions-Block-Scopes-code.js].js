/**
 * Auth0 post-login Action converted from the Rule Block-Scopes by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Social and database users must verify their email before they can log in.
  if (!event.user.email_verified && event.connection.strategy !== 'waad') {
    return api.access.deny('Please verify your email address (' + event.user.email + ').');
  }
};


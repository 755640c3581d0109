/**
 * Auth0 post-login Action converted from the Rule signup_disabled_arrow.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Social sign-ups are closed: flag the account so later logins are refused too.
  const isSocial = event.connection.strategy === event.connection.name;
  if (event.stats.logins_count === 1 && isSocial) {
    event.user.app_metadata.signup_blocked = true;
    api.user.setAppMetadata('signup_blocked', event.user.app_metadata.signup_blocked);
    return api.access.deny('Signup disabled');
  }
  if (event.user.app_metadata.signup_blocked) {
    return api.access.deny('Signup disabled');
  }
};


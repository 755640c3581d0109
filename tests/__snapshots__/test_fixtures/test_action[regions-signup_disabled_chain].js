/**
 * Auth0 post-login Action converted from the Rule signup_disabled_chain.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const CLIENTS_ENABLED = ['REPLACE_WITH_YOUR_CLIENT_ID'];
  // run only for the specified clients
  if (CLIENTS_ENABLED.indexOf(event.client.client_id) === -1) {
    return;
  }

  // initialize app_metadata

  const is_social = event.connection.strategy === event.connection.name;
  // if it is the first login (hence the `signup`) and it is a social login
  if (event.stats.logins_count === 1 && is_social) {
    // turn on the flag
    event.user.app_metadata.is_signup = true;

    // store the app_metadata
    api.user.setAppMetadata('is_signup', event.user.app_metadata.is_signup);
    // throw error
    return api.access.deny('Signup disabled');
  }

  // if flag is enabled, throw error
  if (event.user.app_metadata.is_signup) {
    return api.access.deny('Signup disabled');
  }

  // else it is a non social login or it is not a signup
};


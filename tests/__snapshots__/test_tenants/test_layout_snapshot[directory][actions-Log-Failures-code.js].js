/**
 * Auth0 post-login Action converted from the Rule Log-Failures by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Count failed logins per connection.
  console.log('login failed on ' + event.connection.name);
};


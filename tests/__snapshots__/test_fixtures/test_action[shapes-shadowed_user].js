/**
 * Auth0 post-login Action converted from the Rule shadowed_user.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const lookups = [event.user.email, event.user.username];

  // These inner names shadow the rule's parameters and must stay untouched.
  const describe = function (user, context) {
    return user + ' via ' + context;
  };
  lookups.forEach(function (user) {
    console.log('lookup', describe(user, 'cache'));
  });
  {
    let context = { clientID: 'local' };
    console.log(context.clientID);
  }

  api.idToken.setCustomClaim('https://example.com/login_client', event.client.client_id);
};


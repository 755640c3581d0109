/**
 * Add the user's roles and plan to the tokens, for the dashboard application only.
 */
function addRolesClaims(user, context, callback) {
  const namespace = 'https://dashboard.example.com/';
  if (context.clientID !== configuration.DASHBOARD_CLIENT_ID) {
    return callback(null, user, context);
  }

  user.app_metadata = user.app_metadata || {};
  const roles = (context.authorization && context.authorization.roles) || [];

  context.idToken[namespace + 'roles'] = roles;
  context.idToken[namespace + 'plan'] = user.app_metadata.plan || 'free';
  context.accessToken[namespace + 'roles'] = roles;

  callback(null, user, context);
}

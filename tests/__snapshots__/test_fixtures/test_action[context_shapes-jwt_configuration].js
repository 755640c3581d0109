/**
 * Auth0 post-login Action converted from the Rule jwt_configuration.js by rules2actions.
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Mobile apps get short-lived ID tokens and the legacy delegation scopes.
  if (event.client.metadata && event.client.metadata.platform === 'mobile') {
    // TODO(rules2actions R2A304): `context.jwtConfiguration`: token lifetime and scopes cannot be set per login in Actions; set the lifetime on the API or application, and scopes with `api.accessToken.addScope`/`removeScope`
    context.jwtConfiguration = context.jwtConfiguration || {};
    // TODO(rules2actions R2A304): `context.jwtConfiguration`: token lifetime and scopes cannot be set per login in Actions; set the lifetime on the API or application, and scopes with `api.accessToken.addScope`/`removeScope`
    context.jwtConfiguration.lifetimeInSeconds = 600;
    // TODO(rules2actions R2A304): `context.jwtConfiguration`: token lifetime and scopes cannot be set per login in Actions; set the lifetime on the API or application, and scopes with `api.accessToken.addScope`/`removeScope`
    context.jwtConfiguration.scopes = { contacts: { actions: ['read'] } };
  }
  // TODO(rules2actions R2A304): `context.sessionID`: Actions has no `sessionID`; the closest is `event.session?.id` (the Auth0 session, not the `prompt=none` id the Rule saw): check what the value is used for
  const sid = context.sessionID; // logged for support
  console.log('login for session', sid);
};


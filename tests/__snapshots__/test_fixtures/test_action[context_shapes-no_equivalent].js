/**
 * Auth0 post-login Action converted from the Rule no_equivalent.js by rules2actions.
 *
 * 5 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Tenant domains of the Azure AD connection decide the home realm.
  // TODO(rules2actions R2A304): `context.connectionOptions`: Actions has no connection options; read them with the Management API (`GET /api/v2/connections/{id}`, scope `read:connections_options`) or keep the values you need in `event.connection.metadata` or a secret
  var domains = (context.connectionOptions && context.connectionOptions.domain_aliases) || [];
  // TODO(rules2actions R2A304): `context.sso.with_auth0`: a legacy-tenant flag with no Actions equivalent; drop the test or use `event.session` (Enterprise) to see whether a session already existed
  if (context.sso.with_auth0 === false && domains.length) {
    // TODO(rules2actions R2A304): `context.sessionID`: Actions has no `sessionID`; the closest is `event.session?.id` (the Auth0 session, not the `prompt=none` id the Rule saw): check what the value is used for
    console.log('first login in session ' + context.sessionID);
  }
  if (event.client.name === 'Mobile') {
    // TODO(rules2actions R2A304): `context.jwtConfiguration`: token lifetime and scopes cannot be set per login in Actions; set the lifetime on the API or application, and scopes with `api.accessToken.addScope`/`removeScope`
    context.jwtConfiguration.lifetimeInSeconds = 300;
  }
  // TODO(rules2actions R2A304): `context.sso.with_dbconn`: no Actions equivalent; drop the test or use `event.authentication?.methods` to see how the user signed in
  if (context.sso.with_dbconn) {
    api.idToken.setCustomClaim('https://example.com/sso', true);
  }
};


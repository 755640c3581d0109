/**
 * Auth0 post-login Action converted from the Rule sync_callback_computed_context.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';

  function withClaims(ctx) {
    ctx.idToken[namespace + 'tenant'] = event.user.app_metadata && event.user.app_metadata.tenant;
    ctx.accessToken[namespace + 'tenant'] = event.user.app_metadata && event.user.app_metadata.tenant;
    return ctx;
  }

  if (!event.user.app_metadata || !event.user.app_metadata.tenant) {
    return;
  }

  // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
  withClaims(context);
};


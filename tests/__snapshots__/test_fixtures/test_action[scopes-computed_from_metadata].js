/**
 * Auth0 post-login Action converted from the Rule computed_from_metadata.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  var plan = (event.user.app_metadata || {}).plan || 'free';
  var scopes = ['openid', 'email'];
  if (plan === 'pro') scopes.push('export:data');
  // the API expects a space-separated string
  // TODO(rules2actions R2A343): `context.accessToken.scope` is changed more than once in one login and one change replaces the whole set; in Rules the last value won: compute the final set, then remove and add scopes once
  ctx.accessToken.scope = scopes.join(' ');
  // TODO(rules2actions R2A343): `context.accessToken.scope` is changed more than once in one login and one change replaces the whole set; in Rules the last value won: compute the final set, then remove and add scopes once
  if (event.user.app_metadata && event.user.app_metadata.beta) ctx.accessToken.scope.push('beta');
};


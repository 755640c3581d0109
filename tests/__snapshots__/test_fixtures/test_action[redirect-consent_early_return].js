/**
 * Auth0 post-login Action converted from the Rule consent_early_return.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - TERMS_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // Show the terms once; record the answer when the user comes back.
  if (event.user.app_metadata && event.user.app_metadata.terms_accepted) {
    return;
  }

  api.redirect.sendUserTo(event.secrets.TERMS_URL + '?client=' + encodeURIComponent(event.client.name));
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // Show the terms once; record the answer when the user comes back.
  event.user.app_metadata.terms_accepted = event.request.body.confirm === 'yes';
  api.user.setAppMetadata('terms_accepted', event.user.app_metadata.terms_accepted);
};


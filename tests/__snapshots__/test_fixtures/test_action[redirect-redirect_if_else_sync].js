/**
 * Auth0 post-login Action converted from the Rule redirect_if_else_sync.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - PROFILE_FORM_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // back from the profile form: store what the user typed
  if (!event.user.user_metadata || !event.user.user_metadata.company) {
    api.redirect.sendUserTo(event.secrets.PROFILE_FORM_URL);
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // back from the profile form: store what the user typed
  event.user.user_metadata.company = event.request.body.company;
  api.user.setUserMetadata('company', event.user.user_metadata.company);
};


/**
 * Auth0 post-login Action converted from the Rule redirect_helper_returns_context.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ERROR_PAGE_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  const ERRORS = event.secrets.ERROR_PAGE_URL;

  const toErrorPage = (code) => {
    api.redirect.sendUserTo(ERRORS + '?code=' + code);
  };

  if (!event.user.email_verified) {
    toErrorPage('email-unverified');
    return;
  }
  if (event.user.app_metadata && event.user.app_metadata.blocked) {
    return api.access.deny('blocked');
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  const ERRORS = event.secrets.ERROR_PAGE_URL;

  const toErrorPage = (code) => {
  };

  if (!event.user.email_verified) {
    toErrorPage('email-unverified');
    return;
  }
  if (event.user.app_metadata && event.user.app_metadata.blocked) {
    return api.access.deny('blocked');
  }
};


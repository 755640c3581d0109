/**
 * Auth0 post-login Action converted from the Rule Require-MFA by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ERROR_PAGE_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 7), which defined it as `global.toErrorPage`.
  const ERRORS = event.secrets.ERROR_PAGE_URL;
  function toErrorPage(code) {
    api.redirect.sendUserTo(ERRORS + '?code=' + code);
  }

  const enrolled = event.user.multifactor && event.user.multifactor.length > 0;
  if (event.client.name === 'Admin Portal' && !enrolled) {
    // Not enrolled yet: the error page explains how to enrol.
    toErrorPage('mfa-required');
    return;
  }
  if (event.client.name === 'Admin Portal') {
    api.multifactor.enable('any', { allowRememberBrowser: false });
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // Copied by rules2actions from the rule 'Shared-Helpers' (its line 7), which defined it as `global.toErrorPage`.
  const ERRORS = event.secrets.ERROR_PAGE_URL;
  function toErrorPage(code) {
  }

  const enrolled = event.user.multifactor && event.user.multifactor.length > 0;
  if (event.client.name === 'Admin Portal' && !enrolled) {
    // Not enrolled yet: the error page explains how to enrol.
    toErrorPage('mfa-required');
    return;
  }
  if (event.client.name === 'Admin Portal') {
    api.multifactor.enable('any', { allowRememberBrowser: false });
  }
};


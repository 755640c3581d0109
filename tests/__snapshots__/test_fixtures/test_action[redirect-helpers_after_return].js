/**
 * Auth0 post-login Action converted from the Rule helpers_after_return.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AGE_CHECK_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // back from the age check: the app signs the result
  if (!event.user.app_metadata || !event.user.app_metadata.adult) {
    api.redirect.sendUserTo(ageCheckUrl());
  }
  return;

  // Helpers, declared after the flow (hoisted).
  function ageCheckUrl() {
    return event.secrets.AGE_CHECK_URL + '?user=' + encodeURIComponent(event.user.user_id);
  }

  function readResult(token) {
    const decoded = Buffer.from(String(token || ''), 'base64').toString('utf8');
    return { adult: decoded === 'adult:' + event.user.user_id };
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // back from the age check: the app signs the result
  const result = readResult(event.request.query.age_token);
  if (!result.adult) {
    return api.access.deny('You must be 18 or older.');
  }
  api.idToken.setCustomClaim('https://example.com/adult', true);

  // Helpers, declared after the flow (hoisted).
  function ageCheckUrl() {
    return event.secrets.AGE_CHECK_URL + '?user=' + encodeURIComponent(event.user.user_id);
  }

  function readResult(token) {
    const decoded = Buffer.from(String(token || ''), 'base64').toString('utf8');
    return { adult: decoded === 'adult:' + event.user.user_id };
  }
};


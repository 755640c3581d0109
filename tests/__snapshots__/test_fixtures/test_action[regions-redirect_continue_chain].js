/**
 * Auth0 post-login Action converted from the Rule redirect_continue_chain.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // the consent page posted back: remember it
  if (!event.user.user_metadata || !event.user.user_metadata.consent_given) {
    api.redirect.sendUserTo('https://consent.example.com/ask');
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  // the consent page posted back: remember it
  event.user.user_metadata.consent_given = true;
  try {
    await Promise.resolve(api.user.setUserMetadata('consent_given', event.user.user_metadata.consent_given));
    await request.post({ url: 'https://audit.example.com/consent', json: { user: event.user.user_id } });
  } catch (err) {
    return api.access.deny(err.message);
  }
};


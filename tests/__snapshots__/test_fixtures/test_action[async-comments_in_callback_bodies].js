/**
 * Auth0 post-login Action converted from the Rule comments_in_callback_bodies.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - BILLING_API
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';
  const [err, response, body] = await new Promise((resolve) => request.get({
    url: event.secrets.BILLING_API + '/customers/' + encodeURIComponent(event.user.user_id),
    json: true
  }, (...results) => resolve(results)));
  // billing is best effort: log in without the claim when it is down
  if (err) {
    console.log('billing down: ' + err.message);
    return; // keep going
  }
  if (response.statusCode === 402) {
    // unpaid: no access until the invoice is settled
    return api.access.deny('payment required');
  }
  // the plan decides which features the SPA shows
  api.idToken.setCustomClaim(namespace + 'plan', body.plan);
  // no error
};


/**
 * Auth0 post-login Action converted from the Rule depth2_request_in_then.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - CLIENT_ID
 *   - CLIENT_SECRET
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.6.1
 *   - request
 */
const fetch = require('node-fetch');
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  try {
    const r = await fetch('https://idp.example.com/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: event.secrets.CLIENT_ID, client_secret: event.secrets.CLIENT_SECRET })
    });
    const token = await r.json();
    const [err, res, member] = await new Promise((resolve) => request.get({
      url: 'https://api.example.com/v1/members/' + event.user.user_id,
      headers: { Authorization: 'Bearer ' + token.access_token },
      json: true
    }, (...results) => resolve(results)));
    if (err) return api.access.deny(err.message);
    api.idToken.setCustomClaim('https://example.com/member_level', member.level);
  } catch (error) {
    return api.access.deny(error.message);
  }
};


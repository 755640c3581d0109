/**
 * Auth0 post-login Action converted from the Rule risk_score_promise_chain.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - RISK_URL
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 *   - request-promise
 */
const rp = require('request-promise');
const axios = require('axios');

exports.onExecutePostLogin = async (event, api) => {
  const ip = event.request.ip;

  if (event.client.name === 'Status Page') {
    return;
  }

  try {
    const score = await rp({ uri: event.secrets.RISK_URL + '/score', qs: { ip: ip, email: event.user.email }, json: true });
    if (score.value > 90) {
      return api.access.deny(`Login blocked: risk score ${score.value}`);
    }
    const scored = Object.assign({}, event.user, { risk: score.value });
    await axios.post(event.secrets.RISK_URL + '/events', { user_id: event.user.user_id, score: score.value });
    api.idToken.setCustomClaim('https://example.com/risk', scored.risk);

  } catch (err) {
    return api.access.deny(err.message && `Risk service error: ${err.message}` || 'Risk service error');
  }
};


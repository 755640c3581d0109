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
  // The rule calls back from asynchronous code, so the handler waits for that call;
  // as in Rules, the first call decides and later ones are ignored (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve();
    };
    const ip = event.request.ip;

    if (event.client.name === 'Status Page') {
      return callback();
    }

    rp({ uri: event.secrets.RISK_URL + '/score', qs: { ip: ip, email: event.user.email }, json: true })
      .then(function (score) {
        if (score.value > 90) {
          return callback(new Error(`Login blocked: risk score ${score.value}`));
        }
        const scored = Object.assign({}, event.user, { risk: score.value });
        return axios.post(event.secrets.RISK_URL + '/events', { user_id: event.user.user_id, score: score.value })
          .then(function () {
            api.idToken.setCustomClaim('https://example.com/risk', scored.risk);
            callback();
          });
      })
      .catch(function (err) {
        callback(err.message && `Risk service error: ${err.message}` || 'Risk service error');
      });
  });
};


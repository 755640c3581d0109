/**
 * Auth0 post-login Action converted from the Rule depth3_request_then_request.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios@1.21.1
 *   - request
 */
const axios = require('axios');
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, cfg] = await new Promise((resolve) => request.get({ url: 'https://tenant.example.com/config', json: true }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  try {
    const scoreRes = await axios.post(cfg.scoring_url, { email: event.user.email });
    const [e3, r3, audit] = await new Promise((resolve) => request.post({
      url: cfg.audit_url,
      json: { user: event.user.user_id, score: scoreRes.data.score }
    }, (...results) => resolve(results)));
    if (e3) return api.access.deny(e3.message);
    api.accessToken.setCustomClaim('https://example.com/score', scoreRes.data.score);
    api.accessToken.setCustomClaim('https://example.com/audit', audit.id);
  } catch (e2) {
    return api.access.deny(e2.message);
  }
};


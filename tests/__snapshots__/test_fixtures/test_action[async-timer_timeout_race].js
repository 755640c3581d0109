/**
 * Auth0 post-login Action converted from the Rule timer_timeout_race.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  let done = false;
  // This part of the rule calls `callback` from a nested function.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
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
    const timer = setTimeout(function () {
      if (done) return;
      done = true;
      callback(); // give up waiting, let the user in
    }, 1000);
    request.get({ url: 'https://geo.example.com/lookup?ip=' + event.request.ip, json: true }, function (err, res, body) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (!err && body.country) api.idToken.setCustomClaim('https://example.com/country', body.country);
      callback();
    });
  });
};


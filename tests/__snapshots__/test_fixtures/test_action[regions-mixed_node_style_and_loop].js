/**
 * Auth0 post-login Action converted from the Rule mixed_node_style_and_loop.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const blockedCountries = ['KP', 'IR'];
  const [err, response, body] = await new Promise((resolve) => request.get({ url: 'https://geo.example.com/ip/' + event.request.ip, json: true }, (...results) => resolve(results)));
  if (err) {
    return api.access.deny('geo lookup failed');
  }
  api.idToken.setCustomClaim('https://example.com/country', body.country);
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
    blockedCountries.forEach(function (country) {
      if (body.country === country) {
        callback(new Error('Logins from ' + country + ' are not allowed'));
      }
    });
    callback();
  });
};


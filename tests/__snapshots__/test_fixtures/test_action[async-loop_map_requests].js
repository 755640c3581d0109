/**
 * Auth0 post-login Action converted from the Rule loop_map_requests.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const groups = (event.user.app_metadata && event.user.app_metadata.groups) || [];
  let pending = groups.length;
  const names = [];
  if (pending === 0) return;
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
    groups.map(function (g) {
      request.get({ url: 'https://groups.example.com/groups/' + g, json: true }, function (err, res, body) {
        if (!err && body) names.push(body.name);
        pending--;
        if (pending === 0) {
          api.idToken.setCustomClaim('https://example.com/group_names', names.sort());
          callback();
        }
      });
    });
  });
};


/**
 * Auth0 post-login Action converted from the Rule callback_shapes_nested.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const [err, res, body] = await new Promise((resolve) => request.get({ url: 'https://gate.example.com/decision/' + event.user.user_id, json: true }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  // This part of the rule calls `callback` with a value that may or may not be an error.
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
    switch (body.decision) {
      case 'deny-string':
        return callback('Denied by gate');
      case 'deny-template':
        return callback(`Denied: ${body.reason}`);
      case 'deny-unauthorized':
        return callback(new Error(body.reason));
      case 'null-user':
        return callback();
      case 'empty':
        return callback();
      default:
        return callback(body.error || null);
    }
  });
};


/**
 * Auth0 post-change-password Action converted from the Hook twice.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - NOTIFY_URL
 */
const https = require('https');

exports.onExecutePostChangePassword = async (event, api) => {
  // This part of the Hook calls `callback` from a nested function.
  // The handler waits for that call; as in Hooks, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const cb = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        return resolve(Promise.reject(typeof error === 'string' ? new Error(error) : error));
      }
      resolve();
    };
    const req = https.request(event.secrets.NOTIFY_URL, { method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () => cb());
    });
    req.on('error', (e) => cb(e));
    req.end(JSON.stringify({ email: event.user.email, changed: event.user.last_password_reset }));
    // do not keep the password change waiting
    cb();
  });
};


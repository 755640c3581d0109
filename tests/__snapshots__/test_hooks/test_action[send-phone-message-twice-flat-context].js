/**
 * Auth0 send-phone-message Action converted from the Hook twice-flat-context.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - SMS_URL
 *
 * npm dependencies to add to this Action:
 *   - axios
 */
var axios = require('axios');

exports.onExecuteSendPhoneMessage = async (event, api) => {
  var body = {
    to: event.message_options.recipient,
    text: event.message_options.text,
    client: event.client.client_id, // flat shape of the older docs
    user: event.user.email,
  };
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
    axios.post(event.secrets.SMS_URL, body).then(function () {
      cb();
    }, function (e) {
      console.log(e.message);
      cb(e);
    });
    // the starter called back right away too
    cb();
  });
};


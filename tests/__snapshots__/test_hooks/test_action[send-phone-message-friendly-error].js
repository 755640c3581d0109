/**
 * Auth0 send-phone-message Action converted from the Hook friendly-error.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - GATEWAY_TOKEN
 *   - GATEWAY_URL
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.7.0
 */
const fetch = require('node-fetch');

exports.onExecuteSendPhoneMessage = async (event, api) => {
  if (event.message_options.message_type === 'voice') {
    throw new Error('voice is not supported');
  }
  const res = await fetch(event.secrets.GATEWAY_URL, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + event.secrets.GATEWAY_TOKEN },
    body: JSON.stringify({ to: event.message_options.recipient, message: event.message_options.text, lang: event.request.language }),
  });
  if (!res.ok) {
    throw new Error('SMS gateway error ' + res.status);
  }
};


/**
 * Auth0 send-phone-message Action converted from the Hook action-authentication.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - SMS_API
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecuteSendPhoneMessage = async (event, api) => {
  // Only log second-factor messages, and tell users which app is asking
  var prefix = event.message_options.action === 'second-factor-authentication' ? '[' + event.client.name + '] ' : '';
  // TODO(rules2actions R2A620): `context.factor_type`: Actions does not say which factor the message is for; `event.message_options.action` tells enrollment from second-factor authentication
  if (context.factor_type === 'first') {
    prefix = '';
  }
  const [error, response] = await new Promise((resolve) => request.post({
    url: event.secrets.SMS_API,
    json: { to: event.message_options.recipient, body: prefix + event.message_options.text, code: event.message_options.code, ip: event.request.ip },
  }, (...results) => resolve(results)));
  if (error || response.statusCode >= 400) {
    throw new Error('could not send the message');
  }
};


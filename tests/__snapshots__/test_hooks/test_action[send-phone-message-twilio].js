/**
 * Auth0 send-phone-message Action converted from the Hook twilio.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - TWILIO_ACCOUNT_SID
 *   - TWILIO_AUTH_TOKEN
 *   - TWILIO_NUMBER
 *
 * npm dependencies to add to this Action:
 *   - twilio
 */
/**
@param {string} recipient - phone number
@param {string} text - message body
@param {object} context - additional authorization context
@param {string} context.factor_type - 'first' or 'second'
@param {string} context.message_type - 'sms' or 'voice'
@param {string} context.action - 'enrollment' or 'authentication'
@param {string} context.language - language used by login flow
@param {string} context.code - one time password
@param {string} context.ip - ip address
@param {string} context.user_agent - user agent making the authentication request
@param {string} context.client_id - to send different messages depending on the client id
@param {string} context.name - to include it in the SMS message
@param {object} context.client_metadata - metadata from client
@param {object} context.user - To customize messages for the user
@param {function} cb - function (error, response)
*/
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const accountSid = event.secrets.TWILIO_ACCOUNT_SID;
  const authToken = event.secrets.TWILIO_AUTH_TOKEN;
  const client = require('twilio')(accountSid, authToken);

  try {
    await client.messages
      .create({
        body: event.message_options.text,
        from: event.secrets.TWILIO_NUMBER,
        to: event.message_options.recipient,
      });
  } catch (err) {
    throw err;
  }
};


/**
 * Auth0 send-phone-message Action converted from the Hook sns-process-env.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - AWS_ACCESS_KEY_ID
 *   - AWS_REGION
 *   - AWS_SECRET_ACCESS_KEY
 *
 * npm dependencies to add to this Action:
 *   - aws-sdk@2.1108.0
 */
const AWS = require('aws-sdk');

exports.onExecuteSendPhoneMessage = async (event, api) => {
  process.env.AWS_ACCESS_KEY_ID = event.secrets.AWS_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = event.secrets.AWS_SECRET_ACCESS_KEY;
  process.env.AWS_REGION = event.secrets.AWS_REGION;

  const sns = new AWS.SNS({ apiVersion: '2010-03-31' });

  const params = {
    Message: event.message_options.text,
    PhoneNumber: event.message_options.recipient,
  };

  const [err, data] = await new Promise((resolve) => sns.publish(params, (...results) => resolve(results)));
  if (err) {
    throw err;
  }
};


/**
 * Auth0 post-user-registration Action converted from the Hook slack-notify.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - SLACK_HOOK_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 *   - slack-notify
 */
const request = require('request');

/**
@param {object} user - The user being created
@param {string} user.id - user id
@param {string} user.tenant - Auth0 tenant name
@param {string} user.username - user name
@param {string} user.email - email
@param {boolean} user.emailVerified - is e-mail verified?
@param {string} user.phoneNumber - phone number
@param {boolean} user.phoneNumberVerified - is phone number verified?
@param {object} user.user_metadata - user metadata
@param {object} user.app_metadata - application metadata
@param {object} context - Auth0 connection and other context info
@param {string} context.requestLanguage - language of the client agent
@param {object} context.connection - information about the Auth0 connection
@param {object} context.connection.id - connection id
@param {object} context.connection.name - connection name
@param {object} context.connection.tenant - connection tenant
@param {object} context.webtask - webtask context
@param {function} cb - function (error, response)
*/
exports.onExecutePostUserRegistration = async (event, api) => {
  const SLACK_HOOK = event.secrets.SLACK_HOOK_URL;

  const slack = require('slack-notify')(SLACK_HOOK);
  const message = 'New User: ' + (event.user.username || event.user.email) + ' (' + event.user.email + ')';
  const channel = '#some_channel';

  slack.success({
    text: message,
    channel: channel
  });

  // Return immediately, the request to the Slack API will continue on the sandbox
};


/**
 * Auth0 post-change-password Action converted from the Hook notify.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - SENDGRID_API_KEY
 *
 * npm dependencies to add to this Action:
 *   - @sendgrid/mail@7.4.0
 */
const sgMail = require('@sendgrid/mail');

/**
@param {object} user - user whose password was changed
@param {string} user.id - user id
@param {string} user.username - user name
@param {string} user.email - email
@param {string} user.last_password_reset - exact date/time the user's password was changed
@param {object} context - Auth0 connection and other context info
@param {object} context.connection - Auth0 connection
@param {object} context.webtask - webtask context
@param {function} cb - function (error, response)
*/
exports.onExecutePostChangePassword = async (event, api) => {
  sgMail.setApiKey(event.secrets.SENDGRID_API_KEY);
  const msg = {
    to: event.user.email,
    from: 'security@example.com',
    subject: 'Your password was changed',
    text: 'The password of ' + event.user.username + ' was changed at ' + event.user.last_password_reset,
  };
  try {
    await sgMail
      .send(msg);
    return
  } catch (err) {
    throw err;
  }
};


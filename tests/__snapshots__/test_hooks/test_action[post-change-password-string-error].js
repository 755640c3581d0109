/**
 * Auth0 post-change-password Action converted from the Hook string-error.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostChangePassword = async (event, api) => {
  if (event.connection.name !== 'Username-Password-Authentication') {
    // only the main database is audited
    return;
  }
  if (!event.user.email) {
    // TODO(rules2actions R2A624): `user.id` becomes `event.user.user_id`, which carries the provider prefix (`auth0|...`); the Hook's id had none
    throw new Error('no email for user ' + event.user.user_id);
  }
  console.log('password changed for %s', event.user.email);
};


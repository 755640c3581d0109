/**
 * Auth0 post-user-registration Action converted from the Hook rules-style-callback.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostUserRegistration = async (event, api) => {
  // copied from our welcome rule
  if (!event.user.email_verified) {
    console.log('unverified signup on ' + event.connection.name);
    return;
  }
  // TODO(rules2actions R2A624): `user.id` becomes `event.user.user_id`, which carries the provider prefix (`auth0|...`); the Hook's id had none
  console.log('verified signup ' + event.user.user_id + ' in ' + event.tenant.id);
};


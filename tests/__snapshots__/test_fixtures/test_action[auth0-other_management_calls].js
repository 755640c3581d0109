/**
 * Auth0 post-login Action converted from the Rule other_management_calls.js by rules2actions.
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only the current user's metadata updates have an Actions equivalent.
  // TODO(rules2actions R2A124): asynchronous work is started here and nothing waits for it; the Action may finish before it does
  // TODO(rules2actions R2A410): `auth0.users.getByEmail` is not converted
  auth0.users.getByEmail(event.user.email)
    .then(function (users) {
      console.log('accounts with this email', users.length);
    });
  // TODO(rules2actions R2A410): `auth0` is not converted
  const client = auth0;
  console.log(typeof client.users);
};


/**
 * Auth0 pre-user-registration Action converted from the Hook password-policy.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePreUserRegistration = async (event, api) => {
  // our own password rules on top of the connection's policy
  // TODO(rules2actions R2A620): `user.password`: Actions never shows the password; a password policy belongs in the connection's password options
  if (user.password.indexOf(event.user.username) !== -1) {
    return api.access.deny('password contains username', 'Your password must not contain your username');
  }
  // TODO(rules2actions R2A620): `user.emailVerified`: the pre-user-registration event has no `email_verified`
  if (!user.emailVerified && event.connection.name === 'partners') {
    return api.access.deny('unverified partner ' + event.user.email);
  }
};


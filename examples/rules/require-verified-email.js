function (user, context, callback) {
  // Social and database users must verify their email before they can log in.
  if (!user.email_verified && context.connectionStrategy !== 'waad') {
    return callback(new UnauthorizedError('Please verify your email address (' + user.email + ').'));
  }
  callback(null, user, context);
}

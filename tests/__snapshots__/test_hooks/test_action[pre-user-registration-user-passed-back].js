/**
 * Auth0 pre-user-registration Action converted from the Hook user-passed-back.js by rules2actions.
 */
exports.onExecutePreUserRegistration = async (event, api) => {
  // tag every sign-up with its connection and a default plan
  api.user.setAppMetadata('plan', 'free');
  api.user.setAppMetadata('connection', event.connection.name);
  api.user.setUserMetadata('newsletter', false);

};


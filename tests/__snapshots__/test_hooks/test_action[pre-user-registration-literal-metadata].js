/**
 * Auth0 pre-user-registration Action converted from the Hook literal-metadata.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
/**
@param {object} user - user being created
@param {string} user.tenant - Auth0 tenant name
@param {string} user.username - user name
@param {string} user.password - user's password
@param {string} user.email - email
@param {boolean} user.emailVerified - is e-mail verified?
@param {string} user.phoneNumber - phone number
@param {boolean} user.phoneNumberVerified - is phone number verified?
@param {object} context - Auth0 connection and other context info
@param {string} context.renderLanguage - language used by signup flow
@param {string} context.request.ip - ip address
@param {string} context.request.language - language of the client agent
@param {object} context.connection - information about the Auth0 connection
@param {object} context.connection.id - connection id
@param {object} context.connection.name - connection name
@param {object} context.connection.tenant - connection tenant
@param {object} context.webtask - webtask context
@param {function} cb - function (error, response)
*/
exports.onExecutePreUserRegistration = async (event, api) => {
  var response = {};

  // TODO(rules2actions R2A622): `user` is used as a whole: the user's keys have other names in the Action (`event.user`); check what reads them
  response.user = event.user;

  // Add user or app metadata to the newly created user
  // response.user.user_metadata = { foo: 'bar' };
  // response.user.app_metadata = { vip: true, score: 7 };

  const response2 = {
    user: {
      user_metadata: { locale: event.request.language, phone: event.user.phone_number },
      app_metadata: { signup_connection: event.connection.name, "created_by": "@@TENANT@@" },
      email: event.user.email.toLowerCase(),
    },
  };
  for (const [key, value] of Object.entries(response2?.user?.user_metadata ?? {})) api.user.setUserMetadata(key, value);
  for (const [key, value] of Object.entries(response2?.user?.app_metadata ?? {})) api.user.setAppMetadata(key, value);
};


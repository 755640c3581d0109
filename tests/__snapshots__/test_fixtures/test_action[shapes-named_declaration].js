/**
 * Auth0 post-login Action converted from the Rule named_declaration.js by rules2actions.
 */
const ALLOWED_CONNECTIONS = ['Username-Password-Authentication', 'google-oauth2'];

/**
 * Deny logins through connections that are not on the allow list.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (ALLOWED_CONNECTIONS.indexOf(event.connection.name) === -1) {
    return api.access.deny('Connection ' + event.connection.name + ' is not allowed');
  }
};


/**
 * Auth0 post-login Action converted from the Rule duo_template.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DUO_HOST
 *   - DUO_IKEY
 *   - DUO_SKEY
 */
exports.onExecutePostLogin = async (event, api) => {
  const CLIENTS_WITH_MFA = ['{REPLACE_WITH_YOUR_CLIENT_ID}'];
  // run only for the specified clients
  if (CLIENTS_WITH_MFA.indexOf(event.client.client_id) !== -1) {
    // uncomment the following if clause in case you want to request a second factor only from user's that have user_metadata.use_mfa === true
    // if (user.user_metadata && user.user_metadata.use_mfa){
    api.multifactor.enable('duo', {
      providerOptions: {
        ikey: event.secrets.DUO_IKEY,
        skey: event.secrets.DUO_SKEY,
        host: event.secrets.DUO_HOST, // xxxxxxxx.duosecurity.com
      },

      // optional, defaults to true. Set to false to force DuoSecurity every time.
      // See https://auth0.com/docs/multifactor-authentication/custom#change-the-frequency-of-authentication-requests for details
      allowRememberBrowser: false,

      // optional. Use some attribute of the profile as the username in DuoSecurity. This is also useful if you already have your users enrolled in Duo.
      // username: user.nickname
    });
    // }
  }
};


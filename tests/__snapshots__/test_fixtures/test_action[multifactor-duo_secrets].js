/**
 * Auth0 post-login Action converted from the Rule duo_secrets.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DUO_CLIENT
 *   - DUO_HOST
 *   - DUO_IKEY
 *   - DUO_SKEY
 */
exports.onExecutePostLogin = async (event, api) => {
  const CLIENTS_WITH_MFA = [event.secrets.DUO_CLIENT];
  // run only for the specified clients
  if (CLIENTS_WITH_MFA.includes(event.client.client_id)) {
    api.multifactor.enable('duo', {
      allowRememberBrowser: true,
      providerOptions: {
        ikey: event.secrets.DUO_IKEY,
        skey: event.secrets.DUO_SKEY,
        host: event.secrets.DUO_HOST, // e.g. api-XXXXXXXX.duosecurity.com
        username: event.user.email,
      },
    });
  }
};


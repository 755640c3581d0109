/**
 * Auth0 post-login Action converted from the Rule switch_cases.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DUO_HOST
 *   - DUO_IKEY
 *   - DUO_SKEY
 */
exports.onExecutePostLogin = async (event, api) => {
  switch (event.client.name) {
    case 'Payroll':
    case 'Finance Portal':
      // money moves here: ask every time
      api.multifactor.enable('guardian', { allowRememberBrowser: false });
      break;
    case 'Admin Dashboard':
      api.multifactor.enable('duo', {
        allowRememberBrowser: true,
        providerOptions: {
          ikey: event.secrets.DUO_IKEY,
          skey: event.secrets.DUO_SKEY,
          host: event.secrets.DUO_HOST
        }
      });
      return;
    default:
      // other applications: no second factor
      break;
  }
};


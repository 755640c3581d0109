/**
 * Auth0 post-login Action converted from the Rule Global-Helpers by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // An earlier rule defines shared helpers on `global`.
  // Copied by rules2actions from the rule 'Common-Functions' (its line 3), which defined it as `global.isAllowedClient`.
  function isAllowedClient(clientId) {
    const blocked = ['AbCdEf123456', 'ZyXwVu987654'];
    return blocked.indexOf(clientId) === -1;
  }

  global.log = global.log || function (message) {
    console.log('[rules]', message);
  };
  global.log('login for ' + event.user.user_id);

  if (typeof isAllowedClient === 'function' && !isAllowedClient(event.client.client_id)) {
    return api.access.deny('Client not allowed');
  }
};


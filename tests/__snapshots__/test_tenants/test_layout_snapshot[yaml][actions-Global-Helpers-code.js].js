/**
 * Auth0 post-login Action converted from the Rule Global-Helpers by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // An earlier rule defines shared helpers on `global`.
  // Copied by rules2actions from the rule 'Common-Functions' (its line 3), which defined it as `global.isAllowedClient`.
  function isAllowedClient(clientId) {
    const blocked = ['AbCdEf123456', 'ZyXwVu987654'];
    return blocked.indexOf(clientId) === -1;
  }

  // TODO(rules2actions R2A421): `global.log` defines a helper for later rules; define it in each Action that uses it
  global.log = global.log || function (message) {
    console.log('[rules]', message);
  };
  global.log('login for ' + event.user.user_id);

  if (typeof isAllowedClient === 'function' && !isAllowedClient(event.client.client_id)) {
    return api.access.deny('Client not allowed');
  }
};


/**
 * Auth0 post-login Action converted from the Rule Global-Helpers by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
// Copied by rules2actions from the rule 'Common-Functions', which defined it on `global`.
global.isAllowedClient = global.isAllowedClient || function (clientId) {
  const blocked = ['AbCdEf123456', 'ZyXwVu987654'];
  return blocked.indexOf(clientId) === -1;
};

exports.onExecutePostLogin = async (event, api) => {
  // An earlier rule defines shared helpers on `global`.
  // TODO(rules2actions R2A420): `global.log` is not converted
  global.log = global.log || function (message) {
    console.log('[rules]', message);
  };
  // TODO(rules2actions R2A420): `global.log` is not converted
  global.log('login for ' + event.user.user_id);

  if (typeof global.isAllowedClient === 'function' && !global.isAllowedClient(event.client.client_id)) {
    return api.access.deny('Client not allowed');
  }
};


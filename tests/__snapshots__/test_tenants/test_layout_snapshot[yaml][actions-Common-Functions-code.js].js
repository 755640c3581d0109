/**
 * Auth0 post-login Action converted from the Rule Common-Functions by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Helpers for the rules that run after this one.
  // TODO(rules2actions R2A421): `global.isAllowedClient` defines a helper for later rules; define it in each Action that uses it
  global.isAllowedClient = global.isAllowedClient || function (clientId) {
    const blocked = ['AbCdEf123456', 'ZyXwVu987654'];
    return blocked.indexOf(clientId) === -1;
  };
};


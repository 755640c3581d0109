/**
 * Auth0 post-login Action converted from the Rule Common-Functions by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Helpers for the rules that run after this one.
  global.isAllowedClient = global.isAllowedClient || function (clientId) {
    const blocked = ['AbCdEf123456', 'ZyXwVu987654'];
    return blocked.indexOf(clientId) === -1;
  };
};


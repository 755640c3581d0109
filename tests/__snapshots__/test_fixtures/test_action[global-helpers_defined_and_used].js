/**
 * Auth0 post-login Action converted from the Rule helpers_defined_and_used.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // An earlier rule defines shared helpers on `global`.
  // TODO(rules2actions R2A421): `global.log` defines a helper for later rules; define it in each Action that uses it
  global.log = global.log || function (message) {
    console.log('[rules]', message);
  };
  global.log('login for ' + event.user.user_id);

  // TODO(rules2actions R2A422): `global.isAllowedClient` is set by another rule; copy its definition (or compute it) in this Action
  if (typeof global.isAllowedClient === 'function' && !global.isAllowedClient(event.client.client_id)) {
    return api.access.deny('Client not allowed');
  }
};


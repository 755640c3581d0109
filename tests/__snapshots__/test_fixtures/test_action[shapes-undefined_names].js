/**
 * Auth0 post-login Action converted from the Rule undefined_names.js by rules2actions.
 *
 * 7 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // The Splunk helper is defined by another rule on some tenants only.
  if (typeof logToSplunk === 'function') {
    // TODO(rules2actions R2A440): `logToSplunk` is defined nowhere (not a variable, a parameter, a Rules sandbox global or a Node.js global): the rule throws a ReferenceError here, unless another rule sets `global.logToSplunk`
    logToSplunk('login', event.user.user_id);
  }

  // forgot `var`: an implicit global
  // TODO(rules2actions R2A440): `displayName` is assigned but declared nowhere: an implicit global, shared between logins (a ReferenceError in strict mode); declare it with `let`
  displayName = event.user.name || event.user.email;
  // TODO(rules2actions R2A440): `displayName` is assigned but declared nowhere: an implicit global, shared between logins (a ReferenceError in strict mode); declare it with `let`
  api.idToken.setCustomClaim('https://example.com/display_name', displayName);

  if (event.client.name === 'Customer API') {
    // the setting is called node-client-id in the dashboard
    // TODO(rules2actions R2A440): `configuration.node-client-id` reads `configuration.node - client - id`, and `client`, `id` are defined nowhere: the rule throws a ReferenceError here; the key is probably `configuration['node-client-id']`
    api.accessToken.setCustomClaim('https://example.com/client', event.secrets.node-client-id);
  }

  if (event.user.app_metadata && event.user.app_metadata.legacy) {
    // TODO(rules2actions R2A440): `getLegacyRoles` is defined nowhere (not a variable, a parameter, a Rules sandbox global or a Node.js global): the rule throws a ReferenceError here, unless another rule sets `global.getLegacyRoles`
    api.idToken.setCustomClaim('https://example.com/roles', getLegacyRoles(event.user));
  }

  // kept on `global`, called by its bare name
  if (!global.greeting) {
    // TODO(rules2actions R2A421): `global.greeting` defines a helper for later rules; define it in each Action that uses it
    global.greeting = function (name) { return 'Hello, ' + name; };
  }
  // TODO(rules2actions R2A440): `greeting` is declared nowhere: it resolves only through `global.greeting`, which this rule sets; write `global.greeting` to say so (linters flag the bare name)
  api.idToken.setCustomClaim('https://example.com/greeting', greeting(event.user.given_name || 'there'));
};


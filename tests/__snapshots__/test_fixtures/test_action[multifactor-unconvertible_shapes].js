/**
 * Auth0 post-login Action converted from the Rule unconvertible_shapes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - MFA_PROVIDER
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // The provider comes from the rule settings: it cannot be checked here.
  var provider = event.secrets.MFA_PROVIDER || 'guardian';
  // TODO(rules2actions R2A320): `context.multifactor` is also read or changed elsewhere in the rule; convert it to one `api.multifactor.enable(provider, options)` by hand
  context.multifactor = {
    provider: provider,
    allowRememberBrowser: false
  };

  // Later mutation: the last value is what Rules used.
  if (event.user.app_metadata && event.user.app_metadata.high_risk) {
    // TODO(rules2actions R2A320): `context.multifactor` is read or changed here; Actions cannot read the MFA setting back: keep the options in a local variable and call `api.multifactor.enable(provider, options)` once
    context.multifactor.allowRememberBrowser = false;
  }
};


/**
 * Auth0 post-login Action converted from the Rule set_twice_on_one_path.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.connection.name === 'corporate-ad') {
    // employees: Guardian
    // TODO(rules2actions R2A323): `context.multifactor` is also set on one path with this assignment (line 9 of the rule); in Rules the last value won: call `enable` once with the final options
    context.multifactor = { provider: 'guardian', allowRememberBrowser: true };
  }
  if (event.user.app_metadata && event.user.app_metadata.contractor) {
    // contractors (some are also in corporate-ad) are asked every time; in Rules the
    // last assignment won
    // TODO(rules2actions R2A323): `context.multifactor` is also set on one path with this assignment (line 4 of the rule); in Rules the last value won: call `enable` once with the final options
    context.multifactor = { provider: 'any', allowRememberBrowser: false };
    return;
  }
};


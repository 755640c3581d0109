/**
 * Auth0 post-login Action converted from the Rule set_twice.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A323): `context.multifactor` is also set on one path with this assignment (line 5 of the rule); in Rules the last value won: call `enable` once with the final options
  context.multifactor = { provider: 'any', allowRememberBrowser: true };
  if (event.request.geoip && event.request.geoip.countryCode !== 'US') {
    /* travelling: no remembered browsers */
    // TODO(rules2actions R2A323): `context.multifactor` is also set on one path with this assignment (line 2 of the rule); in Rules the last value won: call `enable` once with the final options
    context.multifactor = { provider: 'any', allowRememberBrowser: false };
  }
};


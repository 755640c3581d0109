/**
 * Auth0 post-login Action converted from the Rule read_back.js by rules2actions.
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata && event.user.app_metadata.main_account) {
    // TODO(rules2actions R2A352): `context.primaryUser` may be set more than once in one login; `setPrimaryUser` may be called only once: call it with the final id
    context.primaryUser = event.user.app_metadata.main_account;
  }
  // Another rule may already have chosen a primary user.
  // TODO(rules2actions R2A351): `context.primaryUser` is read or set inside an expression; Actions can only set it, once: keep the id in a local variable and call `api.authentication.setPrimaryUser(id)`
  if (!context.primaryUser && event.user.app_metadata && event.user.app_metadata.fallback_account) {
    // TODO(rules2actions R2A352): `context.primaryUser` may be set more than once in one login; `setPrimaryUser` may be called only once: call it with the final id
    context.primaryUser = event.user.app_metadata.fallback_account;
  }
};


/**
 * Auth0 post-login Action converted from the Rule promise_chain_update.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Count logins per application and persist the counters.
  const counts = event.user.app_metadata.login_counts || {};
  counts[event.client.client_id] = (counts[event.client.client_id] || 0) + 1;
  event.user.app_metadata.login_counts = counts;

  api.user.setAppMetadata('login_counts', event.user.app_metadata.login_counts);
};


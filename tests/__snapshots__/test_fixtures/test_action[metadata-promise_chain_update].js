/**
 * Auth0 post-login Action converted from the Rule promise_chain_update.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Count logins per application and persist the counters.
  const counts = event.user.app_metadata.login_counts || {};
  counts[event.client.client_id] = (counts[event.client.client_id] || 0) + 1;
  event.user.app_metadata.login_counts = counts;

  Promise.resolve(api.user.setAppMetadata('login_counts', event.user.app_metadata.login_counts))
    .then(function () {
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      callback(null, user, context);
    })
    .catch(function (err) {
      // TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
      callback(err);
    });
};


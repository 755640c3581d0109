/**
 * Auth0 post-login Action converted from the Rule candidates_loop.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // The sign-up flow stored the ids of accounts already linked to this identity.
  const candidates = (event.user.app_metadata && event.user.app_metadata.linked_candidates) || [];
  candidates.forEach(function (candidate) {
    if (candidate.verified) {
      // TODO(rules2actions R2A352): `context.primaryUser` may be set more than once in one login; `setPrimaryUser` may be called only once: call it with the final id
      context.primaryUser = candidate.user_id; // the last verified one wins
    }
  });
};


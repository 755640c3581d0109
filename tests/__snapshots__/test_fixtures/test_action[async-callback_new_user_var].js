/**
 * Auth0 post-login Action converted from the Rule callback_new_user_var.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A213): `auth0.users.updateAppMetadata` with an object literal converts only as a statement of its own
  try {
    await auth0.users.updateAppMetadata(event.user.user_id, { last_seen: '2026-01-01' });
    const newUser = Object.assign({}, event.user, { nickname: 'updated' });
  } catch (error) {
    return api.access.deny(error.message);
  }
};


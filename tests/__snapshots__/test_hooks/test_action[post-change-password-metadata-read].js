/**
 * Auth0 post-change-password Action converted from the Hook metadata-read.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - BACKEND
 *   - BACKEND_TOKEN
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.7.0
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const fetch = require('node-fetch');

exports.onExecutePostChangePassword = async (event, api) => {
  // revoke sessions in our own backend (keyed by the legacy id)
  // TODO(rules2actions R2A620): `user.app_metadata`: the post-change-password event has no app metadata; read it with the Management API
  const legacyId = user.app_metadata && user.app_metadata.legacy_id;
  // TODO(rules2actions R2A624): `user.id` becomes `event.user.user_id`, which carries the provider prefix (`auth0|...`); the Hook's id had none
  const res = await fetch(`${event.secrets.BACKEND}/sessions/${legacyId || event.user.user_id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${event.secrets.BACKEND_TOKEN}` },
  });
  if (!res.ok) {
    throw new Error(`revoke failed: ${res.status}`);
    return;
  }
};


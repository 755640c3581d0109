/**
 * Auth0 post-user-registration Action converted from the Hook webhook-whole-user.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - WEBHOOK_SECRET
 *   - WEBHOOK_URL
 *
 * npm dependencies to add to this Action:
 *   - axios
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const axios = require('axios');

exports.onExecutePostUserRegistration = async (event, api) => {
  const { WEBHOOK_URL, WEBHOOK_SECRET } = event.secrets;
  try {
    // TODO(rules2actions R2A622): `user` is used as a whole: the user's keys have other names in the Action (`user: event.user`); check what reads them
    // TODO(rules2actions R2A613): `context.webtask.meta`: Actions has no webtask metadata; put the values in a secret or in the code
    await axios.post(WEBHOOK_URL, { user: event.user, connection: event.connection.name }, {
      headers: { 'x-signature': WEBHOOK_SECRET, 'x-hook': context.webtask.meta['hook-name'] },
    });
  } catch (err) {
    console.error('webhook failed', err.message);
    throw new Error('webhook failed: ' + err.message);
  }
};


/**
 * Auth0 post-login Action converted from the Rule async_await_throw.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request-promise@4.2.6
 */
const rp = require('request-promise');

exports.onExecutePostLogin = async (event, api) => {
  const allowed = await rp({ uri: 'https://acl.example.com/allowed/' + event.client.client_id, json: true });
  if (!allowed.includes(event.user.email)) {
    throw new Error('Not on the allow list');
  }
};


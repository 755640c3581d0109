/**
 * Auth0 credentials-exchange Action converted from the Hook async-request.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - ROLES_API
 *   - ROLES_API_KEY
 *
 * npm dependencies to add to this Action:
 *   - request@2.88.2
 */
const request = require('request');

exports.onExecuteCredentialsExchange = async (event, api) => {
  const { ROLES_API, ROLES_API_KEY } = event.secrets;
  const [err, response, body] = await new Promise((resolve) => request.get(
    {
      url: `${ROLES_API}/clients/${event.client.client_id}/roles`,
      headers: { 'x-api-key': ROLES_API_KEY },
      json: true,
    },
    (...results) => resolve(results)));
  if (err) return api.access.deny('server_error', err.message);
  if (response.statusCode !== 200) {
    return api.access.deny('server_error', 'roles API answered ' + response.statusCode);
  }
  api.accessToken.setCustomClaim('https://example.com/roles', body.roles);
};


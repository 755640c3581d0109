/**
 * Auth0 credentials-exchange Action converted from the Hook async-await.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - PERMISSIONS_URL
 *
 * npm dependencies to add to this Action:
 *   - axios
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const axios = require('axios');

exports.onExecuteCredentialsExchange = async (event, api) => {
  try {
    const { data } = await axios.get(event.secrets.PERMISSIONS_URL, {
      params: { client: event.client.client_id, audience: event.resource_server.identifier },
    });
    api.accessToken.setCustomClaim('https://example.com/permissions', data.permissions);
    // a claim without namespace: the Hook dropped it silently
    // TODO(rules2actions R2A650): the claim `permissions` is not namespaced (or is on an Auth0 domain): the Hook dropped it from the token, so the Action does not set it
  } catch (e) {
    return api.access.deny('server_error', e.message);
  }
};


/**
 * Auth0 post-login Action converted from the Rule management_client.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUTH0_CLIENT_ID
 *   - AUTH0_CLIENT_SECRET
 *   - AUTH0_DOMAIN
 *   - DEFAULT_ROLE_ID
 *
 * npm dependencies to add to this Action:
 *   - auth0@7.1.0
 */
/**
 * Management API access token for this Action's machine-to-machine application,
 * obtained with the client-credentials grant and kept in api.cache between logins.
 * (Rules provided it as `auth0.accessToken`; added by rules2actions.)
 */
async function getManagementApiToken(event, api) {
  const cached = api.cache.get('management-api-token');
  if (cached && cached.value) {
    return cached.value;
  }
  const domain = event.secrets.AUTH0_DOMAIN;
  const response = await fetch(`https://${domain}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: event.secrets.AUTH0_CLIENT_ID,
      client_secret: event.secrets.AUTH0_CLIENT_SECRET,
      audience: `https://${domain}/api/v2/`,
    }),
  });
  if (!response.ok) {
    throw new Error(`Management API token request failed with status ${response.status}`);
  }
  const { access_token: token, expires_in: expiresIn } = await response.json();
  // api.cache keeps strings of up to 4 kB for at most 24 hours; renew a minute early.
  const ttl = Math.min(expiresIn * 1000, 24 * 60 * 60 * 1000) - 60 * 1000;
  if (ttl > 0 && token.length <= 4096) {
    api.cache.set('management-api-token', token, { ttl });
  }
  return token;
}

exports.onExecutePostLogin = async (event, api) => {
  const managementApiToken = await getManagementApiToken(event, api);
  const ManagementClient = require('auth0').ManagementClient;
  const management = new ManagementClient({
    token: managementApiToken,
    domain: event.secrets.AUTH0_DOMAIN,
  });

  const count = event.stats && event.stats.logins_count;
  if (count > 1 || (event.authorization && event.authorization.roles.length)) {
    return;
  }
  try {
    await management.assignRolestoUser({ id: event.user.user_id }, { roles: [event.secrets.DEFAULT_ROLE_ID] });
  } catch (err) {
    console.log('could not assign the default role', err.message);
  }
};


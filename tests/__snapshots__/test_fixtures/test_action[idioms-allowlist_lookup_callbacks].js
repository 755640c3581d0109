/**
 * Auth0 post-login Action converted from the Rule allowlist_lookup_callbacks.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ALLOWED_DOMAINS
 *   - ALLOWLIST_URL
 *   - AUTH0_CLIENT_ID
 *   - AUTH0_CLIENT_SECRET
 *   - AUTH0_DOMAIN
 *
 * npm dependencies to add to this Action:
 *   - auth0@7.1.0
 *   - request
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

const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const managementApiToken = await getManagementApiToken(event, api);
  const ManagementClient = require('auth0').ManagementClient;
  const management = new ManagementClient({ token: managementApiToken, domain: event.secrets.AUTH0_DOMAIN });
  const domains = (event.secrets.ALLOWED_DOMAINS || '').split(',');

  function denial(reason) {
    return new Error('Access denied: ' + reason);
  }

  if (!event.user.email_verified) {
    return api.access.deny(denial('email not verified').message);
  }

  const [err, response, body] = await new Promise((resolve) => request.get({ url: event.secrets.ALLOWLIST_URL, json: true }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  const entries = Array.isArray(body) ? body : [];
  const listed = entries.some(function (entry) { return entry.email === event.user.email; });
  if (!listed && !domains.some(function (d) { return event.user.email.endsWith('@' + d); })) {
    return api.access.deny(denial(`${event.user.email} is not on the allow list`).message);
  }
  const [err2] = await new Promise((resolve) => request.post({ url: event.secrets.ALLOWLIST_URL + '/seen', json: { email: event.user.email } }, (...results) => resolve(results)));
  if (err2) return;
  const adminUser = Object.assign({}, event.user);
  api.idToken.setCustomClaim('https://example.com/allowlisted', listed);
};


/**
 * Auth0 post-login Action converted from the Rule link_by_email.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUTH0_CLIENT_ID
 *   - AUTH0_CLIENT_SECRET
 *   - AUTH0_DOMAIN
 *
 * npm dependencies to add to this Action:
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
  // Check if email is verified, we shouldn't automatically
  // merge accounts if this is not the case.
  if (!event.user.email || !event.user.email_verified) {
    return;
  }
  const userApiUrl = `https://${event.secrets.AUTH0_DOMAIN}/api/v2` + '/users';
  const userSearchApiUrl = `https://${event.secrets.AUTH0_DOMAIN}/api/v2` + '/users-by-email';

  let [err, response, body] = await new Promise((resolve) => request({
    url: userSearchApiUrl,
    headers: { Authorization: 'Bearer ' + managementApiToken },
    qs: { email: event.user.email }
  }, (...results) => resolve(results)));
  if (err) return api.access.deny(err.message);
  if (response.statusCode !== 200) return api.access.deny(String(body));

  var data = JSON.parse(body);
  // Ignore non-verified users and current user, if present
  data = data.filter(function (u) {
    return u.email_verified && (u.user_id !== event.user.user_id);
  });
  if (data.length > 1) {
    return api.access.deny('[!] Rule: Multiple user profiles already exist - cannot select base profile to link with');
  }
  if (data.length === 0) {
    return;
  }
  const originalUser = data[0];
  const provider = event.user.identities[0].provider;
  const providerUserId = event.user.identities[0].user_id;

  [err, response, body] = await new Promise((resolve) => request.post({
    url: userApiUrl + '/' + originalUser.user_id + '/identities',
    headers: { Authorization: 'Bearer ' + managementApiToken },
    json: { provider: provider, user_id: String(providerUserId) }
  }, (...results) => resolve(results)));
  if (response.statusCode >= 400) {
    return api.access.deny('Error linking account: ' + response.statusMessage);
  }
  api.authentication.setPrimaryUser(originalUser.user_id);
};


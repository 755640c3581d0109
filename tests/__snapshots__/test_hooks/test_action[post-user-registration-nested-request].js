/**
 * Auth0 post-user-registration Action converted from the Hook nested-request.js by rules2actions.
 *
 * Secrets to create on this Action (Hook secret values are not exported):
 *   - CRM_CLIENT_ID
 *   - CRM_CLIENT_SECRET
 *   - CRM_URL
 *
 * npm dependencies to add to this Action:
 *   - request@2.88.2
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
var request = require('request');

exports.onExecutePostUserRegistration = async (event, api) => {
  var secrets = event.secrets;
  const [err, res, token] = await new Promise((resolve) => request.post({
    url: secrets.CRM_URL + '/token',
    form: { client_id: secrets.CRM_CLIENT_ID, client_secret: secrets.CRM_CLIENT_SECRET },
    json: true,
  }, (...results) => resolve(results)));
  if (err) throw err;
  // TODO(rules2actions R2A624): `user.id` becomes `event.user.user_id`, which carries the provider prefix (`auth0|...`); the Hook's id had none
  const [err2, res2] = await new Promise((resolve) => request.post({
    url: secrets.CRM_URL + '/contacts',
    auth: { bearer: token.access_token },
    json: {
      externalId: 'auth0|' + event.user.user_id,
      email: event.user.email,
      phone: event.user.phone_number,
      language: event.request?.language,
    },
  }, (...results) => resolve(results)));
  if (err2) throw err2;
  if (res2.statusCode !== 201) throw new Error('CRM refused the contact: ' + res2.statusCode);
};


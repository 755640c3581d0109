/**
 * Auth0 post-login Action converted from the Rule deny_message_values.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - RISK_URL
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  // The risk service answers 200 with {allow: true} or 403 with a JSON reason.
  const [err, response, body] = await new Promise((resolve) => request.post({
    url: event.secrets.RISK_URL + '/assess',
    json: { user_id: event.user.user_id, ip: event.request.ip }
  }, (...results) => resolve(results)));
  if (err) {
    return api.access.deny(err.message);
  }
  if (response.statusCode === 403) {
    // body is the parsed JSON object: Rules denied with "[object Object]"
    return api.access.deny(String(body));
  }
  if (response.statusCode === 429) {
    return api.access.deny(String(response.statusCode));
  }
  if (response.statusCode === 204) {
    return api.access.deny('');
  }
  if (response.statusCode !== 200) {
    return api.access.deny('risk service: ' + response.statusCode);
  }
  if (!body.allow) {
    return api.access.deny(`risk score ${body.score}`);
  }
};


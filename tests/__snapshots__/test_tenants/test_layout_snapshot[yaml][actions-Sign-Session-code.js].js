/**
 * Auth0 post-login Action converted from the Rule Sign-Session by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SIGNING_KEY
 *
 * npm dependencies to add to this Action:
 *   - jsonwebtoken
 *   - lodash
 *   - uuid@9.0.1
 */
const _ = require('lodash');
const jwt = require('jsonwebtoken');
const uuid = require('uuid');

exports.onExecutePostLogin = async (event, api) => {
  // `_`, `jwt` and `uuid` were globals of the Rules sandbox.
  const groups = _.uniq((event.user.app_metadata && event.user.app_metadata.groups) || []);
  const token = jwt.sign({ sub: event.user.user_id, groups: groups }, event.secrets.SIGNING_KEY, {
    expiresIn: '5m',
  });
  api.idToken.setCustomClaim('https://example.com/session', uuid.v4());
  api.idToken.setCustomClaim('https://example.com/groups_token', token);
};


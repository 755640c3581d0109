/**
 * Auth0 post-login Action converted from the Rule Sign-Session by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SIGNING_KEY
 *
 * 3 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // `_`, `jwt` and `uuid` were globals of the Rules sandbox.
  // TODO(rules2actions R2A430): `_` was a global of the Rules sandbox; an Action must `require('lodash')`
  const groups = _.uniq((event.user.app_metadata && event.user.app_metadata.groups) || []);
  // TODO(rules2actions R2A430): `jwt` was a global of the Rules sandbox; an Action must `require('jsonwebtoken')`
  const token = jwt.sign({ sub: event.user.user_id, groups: groups }, event.secrets.SIGNING_KEY, {
    expiresIn: '5m',
  });
  // TODO(rules2actions R2A430): `uuid` was a global of the Rules sandbox; an Action must `require('uuid')`
  api.idToken.setCustomClaim('https://example.com/session', uuid.v4());
  api.idToken.setCustomClaim('https://example.com/groups_token', token);
};


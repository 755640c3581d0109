/**
 * Auth0 post-login Action converted from the Rule versioned_requires.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - @auth0/rule-utilities@0.2.0
 *   - jsonwebtoken@8.5.0
 *   - lodash@4.17.10
 *   - node-fetch@2.7.0
 *   - uuid@8.0.0
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const _ = require('lodash');
const { v4: uuidv4 } = require('uuid');
const querystring = require('querystring');
const fetch = require('node-fetch');
const RuleUtilities = require('@auth0/rule-utilities');

exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
  const utils = new RuleUtilities(event.user, context);
  if (!utils.isAuthorizedClient) {
    const jwt = require('jsonwebtoken');
    console.log('unauthorized client', jwt.decode(event.request.query.id_token || ''));
  }
  const query = querystring.stringify({ id: uuidv4(), roles: _.uniq(event.user.app_metadata.roles || []) });
  console.log('ping', typeof fetch, query);
};


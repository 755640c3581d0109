/**
 * Auth0 post-login Action converted from the Rule versioned_requires.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - ipaddr.js@1.9.1
 *   - jsonwebtoken@9.0.3
 *   - lodash@4.18.1
 *   - node-fetch@2.7.0
 *   - uuid@9.0.1
 */
const _ = require('lodash');
const { v4: uuidv4 } = require('uuid');
const querystring = require('querystring');
const fetch = require('node-fetch');
const ipaddr = require('ipaddr.js');

exports.onExecutePostLogin = async (event, api) => {
  const address = ipaddr.parse(event.request.ip);
  if (address.kind() === 'ipv6') {
    const jwt = require('jsonwebtoken');
    console.log('unauthorized client', jwt.decode(event.request.query.id_token || ''));
  }
  const query = querystring.stringify({ id: uuidv4(), roles: _.uniq(event.user.app_metadata.roles || []) });
  console.log('ping', typeof fetch, query);
};


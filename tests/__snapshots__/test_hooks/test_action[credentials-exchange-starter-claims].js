/**
 * Auth0 credentials-exchange Action converted from the Hook starter-claims.js by rules2actions.
 */
/**
@param {object} client - information about the client
@param {string} client.name - name of client
@param {string} client.id - client id
@param {string} client.tenant - Auth0 tenant name
@param {object} client.metadata - client metadata
@param {array|undefined} scope - array of strings representing the scope claim or undefined
@param {string} audience - token's audience claim
@param {object} context - additional authorization context
@param {object} context.webtask - webtask context
@param {function} cb - function (error, accessTokenClaims)
*/
exports.onExecuteCredentialsExchange = async (event, api) => {
  api.accessToken.setCustomClaim('http://foo/bar', 'baz');
  api.accessToken.setCustomClaim('https://example.com/client', event.client.name);

  // Modify scopes or add extra claims
  // access_token['https://example.com/claim'] = 'bar';
  // access_token.scope.push('extra');
};


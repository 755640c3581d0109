/**
 * Auth0 post-login Action converted from the Rule not_hoisted.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - axios
 *   - moment@2.31.0
 *   - request-promise
 */
exports.onExecutePostLogin = async (event, api) => {
  // Not safe to move to module scope: used before its declaration, reassigned, or
  // declared together with other names.
  console.log(typeof moment);
  var moment = require('moment');
  let client = require('axios');
  if (event.connection.name === 'legacy-db') {
    client = require('request-promise');
  }
  const url = require('url'), path = require('path');
  console.log(moment().format(), typeof client, url.parse('https://x').host, path.sep);
};


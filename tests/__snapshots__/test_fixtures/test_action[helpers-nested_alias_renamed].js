/**
 * Auth0 post-login Action converted from the Rule nested_alias_renamed.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  var NS = 'https://example.com/claims/';

  function setClaim(name, value) {
    api.idToken.setCustomClaim(NS + name, value);
  }

  function addGeoClaims() {
    var country = event.request.geoip && event.request.geoip.countryCode;
    setClaim('country', country || 'unknown');
    setClaim('client', event.client.client_id);
  }

  addGeoClaims();
};


/**
 * Auth0 post-login Action converted from the Rule jsdoc_trailing_semicolon.js by rules2actions.
 */
/**
 * @title Add country to the user profile
 * @overview Add the country the user logs in from to the ID token.
 *
 * This rule reads the country from the request's geoip data.
 */

exports.onExecutePostLogin = async (event, api) => {
  // `geoip` is only present for requests Auth0 could locate.
  if (event.request.geoip) {
    api.idToken.setCustomClaim('https://example.com/country', event.request.geoip.countryName);
    api.idToken.setCustomClaim('https://example.com/timezone', event.request.geoip.timeZone);
  }
};


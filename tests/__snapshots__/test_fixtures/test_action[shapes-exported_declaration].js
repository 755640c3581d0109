/**
 * Auth0 post-login Action converted from the Rule exported_declaration.js by rules2actions.
 */
const BLOCKED_COUNTRIES = ['KP', 'IR', 'SY'];

function isBlockedCountry(countryCode) {
  return BLOCKED_COUNTRIES.indexOf(countryCode) !== -1;
}

/**
 * Deny logins from embargoed countries; tell the applications where the user is.
 */
exports.onExecutePostLogin = async (event, api) => {
  const country = event.request.geoip.countryCode;
  if (isBlockedCountry(country)) {
    return api.access.deny('Sign-in is not available in your region');
  }
  api.idToken.setCustomClaim('https://example.com/country', country);
};

// The tests also reach the helper.
module.exports.isBlockedCountry = isBlockedCountry;


/**
 * Auth0 post-login Action converted from the Rule module_exports_async_named.js by rules2actions.
 */
// Loyalty tier claims. Unit-tested with Jest: `const rule = require('./loyalty-tier')`.
const NAMESPACE = 'https://loyalty.example.com/';

exports.onExecutePostLogin = async (event, api) => {
  let points;
  try {
    points = await loyaltyPoints(event.user);
  } catch (err) {
    return api.access.deny(err.message);
  }

  const tier = points >= 1000 ? 'gold' : points >= 100 ? 'silver' : 'bronze';
  api.idToken.setCustomClaim(NAMESPACE + 'tier', tier);
  api.accessToken.setCustomClaim(NAMESPACE + 'tier', tier);
};

async function loyaltyPoints(user) {
  const metadata = user.app_metadata || {};
  if (typeof metadata.loyalty_points !== 'number') {
    throw new Error('No loyalty account');
  }
  return metadata.loyalty_points;
}


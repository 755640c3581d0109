/**
 * Auth0 post-login Action converted from the Rule async_rule.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://tenant.example.com';
  try {
    const plan = await Promise.resolve(event.user.app_metadata && event.user.app_metadata.plan);
    api.accessToken.setCustomClaim(`${namespace}/plan`, plan || 'free');
    api.idToken.setCustomClaim(`${namespace}/tenant`, event.tenant.id);
  } catch (err) {
    return api.access.deny(err.message);
  }
};


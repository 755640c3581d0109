/**
 * Auth0 post-login Action converted from the Rule async_helper_tail.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const plan = (event.user.app_metadata && event.user.app_metadata.plan) || 'free';

  async function applyPlan(name) {
    if (name === 'suspended') {
      return api.access.deny('This account is suspended');
    }
    if (name === 'enterprise') {
      api.accessToken.setCustomClaim('https://example.com/seats', 500);
      return;
    }
    api.accessToken.setCustomClaim('https://example.com/seats', 1);
  }

  return await applyPlan(plan);
};


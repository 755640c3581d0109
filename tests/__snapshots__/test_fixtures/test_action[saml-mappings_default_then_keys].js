/**
 * Auth0 post-login Action converted from the Rule mappings_default_then_keys.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Department and cost center come from the HR sync.
  api.samlResponse.setAttribute('http://schemas.example.com/claims/department',
    event.user.app_metadata?.hr?.department);
  api.samlResponse.setAttribute('costCenter', event.user.app_metadata?.hr?.cost_center);
  api.samlResponse.setAttribute('http://schemas.example.com/claims/locale', event.user.user_metadata?.locale);
};


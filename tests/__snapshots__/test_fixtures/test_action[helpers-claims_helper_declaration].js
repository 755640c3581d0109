/**
 * Auth0 post-login Action converted from the Rule claims_helper_declaration.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = 'https://example.com/';

  // Claims for every application.
  function addClaims() {
    api.idToken.setCustomClaim(namespace + 'email', event.user.email);
    api.accessToken.setCustomClaim(namespace + 'roles', (event.user.app_metadata || {}).roles || []);
  }

  const requireMfa = () => {
    api.multifactor.enable('any', { allowRememberBrowser: false });
  };

  if (event.client.name === 'Admin Portal') {
    requireMfa();
  }
  addClaims();
};


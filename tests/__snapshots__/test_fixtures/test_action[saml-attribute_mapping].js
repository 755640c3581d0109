/**
 * Auth0 post-login Action converted from the Rule attribute_mapping.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Only for the SAML applications.
  if (event.transaction?.protocol !== 'samlp') {
    return;
  }
  api.samlResponse.setAttribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier", event.user.user_id);
  api.samlResponse.setAttribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", event.user.email);
  api.samlResponse.setAttribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", event.user.name);
  api.samlResponse.setAttribute("http://schemas.example.com/claims/favorite_food", event.user.user_metadata?.favorite_food);
  api.samlResponse.setAttribute("http://schemas.example.com/claims/plan", event.user.app_metadata?.billing?.plan);
};


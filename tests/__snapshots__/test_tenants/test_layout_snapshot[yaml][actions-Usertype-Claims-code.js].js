/**
 * Auth0 post-login Action converted from the Rule Usertype-Claims by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const namespace = '';
  if(event.user.app_metadata.usertype) {
    api.idToken.setCustomClaim(`${namespace}/usertype`, event.user.app_metadata.usertype);
  }
  if(event.user.app_metadata.coops) {
    api.idToken.setCustomClaim(`${namespace}/coops`, event.user.app_metadata.coops);
  }
  if(event.user.app_metadata.coopnames) {
    api.idToken.setCustomClaim(`${namespace}/coopnames`, event.user.app_metadata.coopnames);
  }
};


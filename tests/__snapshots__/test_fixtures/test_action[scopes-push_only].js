/**
 * Auth0 post-login Action converted from the Rule push_only.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  if (event.user.email && event.user.email.endsWith('@example.com')) {
    api.accessToken.addScope('read:tickets'); // staff can read tickets
  }
};


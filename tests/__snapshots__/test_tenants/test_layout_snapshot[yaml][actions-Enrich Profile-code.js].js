/**
 * Auth0 post-login Action converted from the Rule Enrich Profile by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const profile = {
    id: event.user.user_id,
    email: event.user.email,
    verified: event.user.email_verified,
    name: event.user.given_name + ' ' + event.user.family_name,
    logins: event.user.identities.length,
  };
  console.log('login', JSON.stringify(profile));

  api.idToken.setCustomClaim('https://example.com/profile', profile);
};


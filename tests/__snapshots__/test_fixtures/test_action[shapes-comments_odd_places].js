/**
 * Auth0 post-login Action converted from the Rule comments_odd_places.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => { /* rule */ /* the user */ /* cb */
  const claim = 'https://example.com/' + /* prefix */ 'nickname';
  api.idToken.setCustomClaim(claim, /* set it */ event.user.nickname); // the nickname
  api.idToken.setCustomClaim(/* key */ 'https://example.com/name',
    // the full name, as given by the IdP
    event.user.name);
  /* unchanged */
};


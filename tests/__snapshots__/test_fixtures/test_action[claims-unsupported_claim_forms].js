/**
 * Auth0 post-login Action converted from the Rule unsupported_claim_forms.js by rules2actions.
 *
 * 5 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  const ns = 'https://example.com/';
  // Reading claims back, deleting, compound assignment, whole-object replacement.
  // TODO(rules2actions R2A310): a claim is read back from `context.idToken`; Actions cannot read claims back
  if (!context.idToken[ns + 'groups']) {
    api.idToken.setCustomClaim(ns + 'groups', []);
  }
  // TODO(rules2actions R2A311): a claim of `context.idToken` is set inside an expression or with a compound operator
  context.idToken[ns + 'groups'] += ',admins';
  // TODO(rules2actions R2A312): a claim is deleted from `context.idToken`
  delete context.idToken.nickname;
  // TODO(rules2actions R2A311): `context.accessToken` is replaced as a whole object
  context.accessToken = { scope: 'openid' };
  // TODO(rules2actions R2A311): a claim of `context.idToken` is set inside an expression or with a compound operator
  var last = context.idToken[ns + 'last'] = Date.now();
  console.log(last);
};


/**
 * Auth0 post-login Action converted from the Rule computed_root_attribute.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  event.user.roles = (event.authorization && event.authorization.roles) || [];
  // TODO(rules2actions R2A334): the SAML mapping reads `user.upn`, which `event.user` does not document (Rules also saw attributes merged in by connections and earlier rules): check where the value comes from
  context.samlConfiguration.mappings = {
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role': 'roles',
    'http://schemas.example.com/claims/upn': 'upn'
  };
};


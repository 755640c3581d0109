/**
 * Auth0 post-login Action converted from the Rule dynamic_mappings.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - SAML_ATTRIBUTES
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Attribute names come from the rule settings; the values are profile paths.
  var attributes = JSON.parse(event.secrets.SAML_ATTRIBUTES || '{}');
  Object.keys(attributes).forEach(function (name) {
    // TODO(rules2actions R2A331): a SAML mapping value is not a literal profile path; Rules read the user profile at that path: pass `api.samlResponse.setAttribute(name, <the value>)`
    context.samlConfiguration.mappings[name] = attributes[name];
  });
  // TODO(rules2actions R2A334): the SAML mapping reads `user.groups`, which `event.user` does not document (Rules also saw attributes merged in by connections and earlier rules): check where the value comes from
  context.samlConfiguration.mappings['http://schemas.example.com/claims/groups'] = 'groups';
};


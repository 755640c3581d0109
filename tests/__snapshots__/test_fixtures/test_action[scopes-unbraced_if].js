/**
 * Auth0 post-login Action converted from the Rule unbraced_if.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DEFAULT_SCOPE
 */
exports.onExecutePostLogin = async (event, api) => {
  var scope = event.secrets.DEFAULT_SCOPE;
  if (event.client.name === 'Legacy Reports') {
    const scopes = Array.isArray(scope)
      ? scope
      : String(scope).split(' ').filter(Boolean);
    for (const scope of event.transaction?.requested_scopes ?? []) {
      if (!scopes.includes(scope)) api.accessToken.removeScope(scope);
    }
    for (const scope of scopes) api.accessToken.addScope(scope);
  }
};


/**
 * Auth0 post-login Action converted from the Rule sso_clients.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DASHBOARD_CLIENT_ID
 *   - REPORTS_CLIENT_ID
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Users must have opened the dashboard in this SSO session before the reporting app.
  const DASHBOARD = event.secrets.DASHBOARD_CLIENT_ID;
  // TODO(rules2actions R2A305): `context.sso.current_clients` became a list built from `event.session.clients`, which Auth0 fills only for Enterprise tenants (elsewhere the list is empty): check the plan before relying on it
  if (event.client.client_id === event.secrets.REPORTS_CLIENT_ID &&
      (event.session?.clients ?? []).map((c) => c.client_id).indexOf(DASHBOARD) === -1) {
    return api.access.deny('Open the dashboard first');
  }
  // TODO(rules2actions R2A305): `context.sso.current_clients` became a list built from `event.session.clients`, which Auth0 fills only for Enterprise tenants (elsewhere the list is empty): check the plan before relying on it
  const seen = (event.session?.clients ?? []).map((c) => c.client_id); // ids of the apps in this session
  console.log('apps in session: ' + seen.length);
};


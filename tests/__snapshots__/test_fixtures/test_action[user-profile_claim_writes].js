/**
 * Auth0 post-login Action converted from the Rule profile_claim_writes.js by rules2actions.
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  function quote(value) {
    return '"' + String(value || '').replace(/"/g, '\\"') + '"';
  }

  // Downstream apps compare e-mails case-sensitively and show the quoted display name.
  // TODO(rules2actions R2A203): in Rules `user.email` changed the ID token's `email` claim (scope `email`) and the SAML assertion; `event.user.email` changes neither: after it call `api.idToken.setCustomClaim('email', event.user.email)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', event.user.email)`
  event.user.email = event.user.email.toLowerCase();
  // TODO(rules2actions R2A203): in Rules `user.name` changed the ID token's `name` claim (scope `profile`) and the SAML assertion; `event.user.name` changes neither: after it call `api.idToken.setCustomClaim('name', event.user.name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', event.user.name)`
  event.user.name = quote(event.user.name);
  if (!event.user.picture) {
    // TODO(rules2actions R2A203): in Rules `user.picture` changed the ID token's `picture` claim (scope `profile`) and the SAML assertion; `event.user.picture` changes neither: after it call `api.idToken.setCustomClaim('picture', event.user.picture)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.auth0.com/picture', event.user.picture)`
    event.user.picture = 'https://cdn.example.com/avatars/' + event.user.user_id.split('|')[1] + '.png';
  }
  if (event.user.user_metadata && event.user.user_metadata.first_name) {
    // TODO(rules2actions R2A203): in Rules `user.given_name` changed the ID token's `given_name` claim (scope `profile`) and the SAML assertion; `event.user.given_name` changes neither: after it call `api.idToken.setCustomClaim('given_name', event.user.given_name)` (a namespaced name if the tenant refuses it) and `api.samlResponse.setAttribute('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', event.user.given_name)`
    event.user['given_name'] = event.user.user_metadata.first_name;
  }
  // Not a profile claim: only later rules (and this Action) read it.
  event.user.department = (event.user.app_metadata && event.user.app_metadata.department) || 'none';

  api.idToken.setCustomClaim('https://example.com/department', event.user.department);
};


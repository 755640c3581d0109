'use strict';
// The profile claims of the tokens a login issues: the OIDC standard claims of the ID
// token (by requested scope), or every profile attribute of a SAML/WS-Fed assertion.
// Rules issue them from the `user` object the rule handed to `callback` (root attribute
// writes such as `user.name = ...` change them); Actions from the stored profile, with
// `api.idToken.setCustomClaim` of the same name (writes to `event.user` change nothing).

const { normalise } = require('./normalise');

const BY_SCOPE = {
  profile: ['name', 'family_name', 'given_name', 'middle_name', 'nickname', 'preferred_username',
    'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_verified'],
  address: ['address'],
};
const ALL = [].concat(...Object.values(BY_SCOPE));
const ASSERTION_PROTOCOLS = ['samlp', 'wsfed', 'wstrust-usernamemixed'];
// The SAML2 Web App add-on's default mappings (profile field → assertion attribute).
const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';
const SAML_DEFAULT = {
  user_id: CLAIMS + 'nameidentifier', email: CLAIMS + 'emailaddress', name: CLAIMS + 'name',
  given_name: CLAIMS + 'givenname', family_name: CLAIMS + 'surname', upn: CLAIMS + 'upn',
  groups: 'http://schemas.xmlsoap.org/claims/Group',
};

// The profile claims of what the login issues, and the claims/attributes left once they
// are taken out (each effect is compared once):
// - OIDC: the ID token's standard claims for the requested scopes, from the profile; a
//   claim of the same name set on the token wins (and leaves `id_token`);
// - SAML/WS-Fed: the assertion's default profile attributes; an attribute set by a
//   mapping or `setAttribute` wins (and leaves `saml.attributes`).
// `profile` is null when the login issues no ID token (no `openid` scope).
function splitProfile(user, idToken, attributes, scenario) {
  const protocol = scenario.context && scenario.context.protocol;
  const u = user && typeof user === 'object' ? user : {};
  const token = Object.assign({}, idToken || {});
  const attrs = Object.assign({}, attributes || {});
  const out = {};
  if (ASSERTION_PROTOCOLS.includes(protocol)) {
    for (const [field, attribute] of Object.entries(SAML_DEFAULT)) {
      if (attribute in attrs) {
        out[attribute] = attrs[attribute];
        delete attrs[attribute];
      } else if (u[field] !== undefined) out[attribute] = u[field];
    }
    return { profile: normalise(out), idToken: token, attributes: attrs };
  }
  const scopes = (scenario.requested_scopes || []).map(String);
  const issued = scopes.includes('openid');
  for (const [scope, names] of Object.entries(BY_SCOPE)) {
    if (!issued || !scopes.includes(scope)) continue;
    for (const name of names) if (u[name] !== undefined) out[name] = u[name];
  }
  let folded = false;
  for (const name of ALL) {
    if (name in token) {
      if (token[name] !== undefined && token[name] !== null) out[name] = token[name];
      delete token[name];
      folded = true;
    }
  }
  return { profile: issued || folded ? normalise(out) : null, idToken: token, attributes: attrs };
}

module.exports = { splitProfile, PROFILE_CLAIMS: ALL };

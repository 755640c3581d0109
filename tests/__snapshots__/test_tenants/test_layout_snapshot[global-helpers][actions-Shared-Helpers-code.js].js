/**
 * Auth0 post-login Action converted from the Rule Shared-Helpers by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ERROR_PAGE_URL
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Helpers for the rules that run after this one.
  const ERRORS = event.secrets.ERROR_PAGE_URL;
  const NAMESPACE = 'https://example.com/';

  if (!global.toErrorPage) {
    // TODO(rules2actions R2A421): `global.toErrorPage` defines a helper for later rules; define it in each Action that uses it
    global.toErrorPage = (code, ctx) => {
      ctx.redirect = { url: ERRORS + '?code=' + code };
      return ctx;
    };
  }

  if (!global.addClaim) {
    // TODO(rules2actions R2A421): `global.addClaim` defines a helper for later rules; define it in each Action that uses it
    global.addClaim = function (ctx, name, value) {
      ctx.idToken[NAMESPACE + name] = value;
      ctx.accessToken[NAMESPACE + name] = value;
    };
  }

  // Roles are computed once per user and kept between logins.
  // TODO(rules2actions R2A421): `global.rolesOf` defines a helper for later rules; define it in each Action that uses it
  global.rolesOf = global.rolesOf || function (profile) {
    global.roleCache = global.roleCache || {};
    if (!global.roleCache[profile.user_id]) {
      const roles = (profile.app_metadata && profile.app_metadata.roles) || [];
      global.roleCache[profile.user_id] = roles.map((role) => role.toLowerCase());
    }
    return global.roleCache[profile.user_id];
  };

  // TODO(rules2actions R2A421): `global.denyWith` defines a helper for later rules; define it in each Action that uses it
  global.denyWith = global.denyWith || function (done, reason) {
    return done(new Error(reason));
  };
};


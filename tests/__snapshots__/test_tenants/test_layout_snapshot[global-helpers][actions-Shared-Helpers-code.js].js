/**
 * Auth0 post-login Action converted from the Rule Shared-Helpers by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - ERROR_PAGE_URL
 */
exports.onExecutePostLogin = async (event, api) => {
  // Helpers for the rules that run after this one.
  const ERRORS = event.secrets.ERROR_PAGE_URL;
  const NAMESPACE = 'https://example.com/';

  if (!global.toErrorPage) {
    global.toErrorPage = (code, ctx) => {
      ctx.redirect = { url: ERRORS + '?code=' + code };
      return ctx;
    };
  }

  if (!global.addClaim) {
    global.addClaim = function (ctx, name, value) {
      ctx.idToken[NAMESPACE + name] = value;
      ctx.accessToken[NAMESPACE + name] = value;
    };
  }

  // Roles are computed once per user and kept between logins.
  global.rolesOf = global.rolesOf || function (profile) {
    global.roleCache = global.roleCache || {};
    if (!global.roleCache[profile.user_id]) {
      const roles = (profile.app_metadata && profile.app_metadata.roles) || [];
      global.roleCache[profile.user_id] = roles.map((role) => role.toLowerCase());
    }
    return global.roleCache[profile.user_id];
  };

  global.denyWith = global.denyWith || function (done, reason) {
    return done(new Error(reason));
  };
};


/**
 * Auth0 post-login Action converted from the Rule optional_objects.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // RBAC roles, organization and MFA state may be absent in Actions.
  const roles = event.authorization?.roles;
  const orgName = event.organization ? event.organization.name : null;
  const usedMfa = event.authentication?.methods.some(function (m) {
    return m.name === 'mfa';
  });
  const risk = event.authentication?.riskAssessment;

  api.idToken.setCustomClaim('https://example.com/roles', roles);
  api.idToken.setCustomClaim('https://example.com/org', orgName);
  api.idToken.setCustomClaim('https://example.com/mfa', usedMfa);
  api.idToken.setCustomClaim('https://example.com/risk', risk && risk.confidence);
};


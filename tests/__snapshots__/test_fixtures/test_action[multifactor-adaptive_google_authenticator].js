/**
 * Auth0 post-login Action converted from the Rule adaptive_google_authenticator.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  /*
   * Step up with an authenticator app when Auth0 is not confident about this login.
   */
  const risk = event.authentication?.riskAssessment;
  if (risk && risk.confidence !== 'high') {
    api.multifactor.enable('google-authenticator', {
      allowRememberBrowser: false
    });
  }
};


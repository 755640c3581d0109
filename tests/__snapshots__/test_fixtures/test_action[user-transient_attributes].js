/**
 * Auth0 post-login Action converted from the Rule transient_attributes.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AWS_ACCOUNT_ID
 */
exports.onExecutePostLogin = async (event, api) => {
  // Values computed for the AWS SAML integration, read later in this same rule.
  event.user.awsRole = 'arn:aws:iam::' + event.secrets.AWS_ACCOUNT_ID + ':role/' +
    (event.user.app_metadata.aws_role || 'ReadOnly');
  event.user.awsRoleSession = event.user.email;
  api.idToken.setCustomClaim('https://example.com/aws_role', event.user.awsRole);
  api.idToken.setCustomClaim('https://example.com/aws_session', event.user.awsRoleSession);
};


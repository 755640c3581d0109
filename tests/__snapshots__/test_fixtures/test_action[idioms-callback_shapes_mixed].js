/**
 * Auth0 post-login Action converted from the Rule callback_shapes_mixed.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  const allowed = ['acme.com', 'example.com'];
  const domain = (event.user.email || '').split('@')[1];

  if (!event.user.email) {
    return api.access.deny(`User ${event.user.user_id} has no email address`);
  }
  if (event.connection.name === 'legacy-db') {
    return api.access.deny('The legacy database is closed');
  }
  if (event.user.app_metadata && event.user.app_metadata.blocked) {
    return api.access.deny(event.user.app_metadata.block_reason || 'blocked');
  }
  if (allowed.indexOf(domain) === -1) {
    return api.access.deny('Domain ' + domain + ' is not allowed');
  }

  const err = event.user.email_verified ? null : new Error('Please verify your email');
  if (err) return api.access.deny(err.message);
};


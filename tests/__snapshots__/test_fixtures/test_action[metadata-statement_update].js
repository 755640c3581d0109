/**
 * Auth0 post-login Action converted from the Rule statement_update.js by rules2actions.
 */
exports.onExecutePostLogin = async (event, api) => {
  // Remember where and when the user last logged in.
  event.user.app_metadata.last_login = new Date().toISOString();
  event.user.app_metadata.last_ip = event.request.ip;
  event.user.app_metadata.logins_by_client = event.user.app_metadata.logins_by_client || {};
  event.user.app_metadata.logins_by_client[event.client.client_id] =
    (event.user.app_metadata.logins_by_client[event.client.client_id] || 0) + 1;

  api.user.setAppMetadata('last_login', event.user.app_metadata.last_login);
  api.user.setAppMetadata('last_ip', event.user.app_metadata.last_ip);
  api.user.setAppMetadata('logins_by_client', event.user.app_metadata.logins_by_client);

  api.idToken.setCustomClaim('https://example.com/last_login', event.user.app_metadata.last_login);
};


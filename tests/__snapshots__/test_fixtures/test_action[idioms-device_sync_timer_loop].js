/**
 * Auth0 post-login Action converted from the Rule device_sync_timer_loop.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - DEVICE_API
 *
 * npm dependencies to add to this Action:
 *   - request
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const devices = (event.user.app_metadata && event.user.app_metadata.devices) || [];
  const claims = { email: event.user.email };

  if (event.client.metadata.minimal_token === 'true') {
    // TODO(rules2actions R2A311): `context.idToken` is replaced as a whole object
    context.idToken = claims;
    api.idToken.setCustomClaim(event.user.app_metadata.namespace + 'minimal', true);
    api.accessToken.setCustomClaim(event.user.app_metadata.namespace + 'minimal', true);
    return;
  }

  for (const device of devices) {
    if (device.revoked) {
      return api.access.deny(`Device ${device.id} has been revoked`);
    }
  }

  const pending = devices.map(function (device) {
    return new Promise(function (resolve) {
      request.put({ url: event.secrets.DEVICE_API + '/devices/' + device.id + '/seen', json: true }, function () {
        resolve();
      });
    });
  });

  await Promise.all(pending);
  devices.forEach(function (device) {
    if (device.primary) {
      api.idToken.setCustomClaim('https://example.com/primary_device', device.id);
    }
  });
  // This part of the rule calls `callback` from a nested function.
  // The handler waits for that call; as in Rules, the first call decides (rules2actions R2A120).
  await new Promise((resolve2) => {
    let settled = false;
    const callback = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        api.access.deny(typeof error === 'string' ? error : error.message ?? String(error));
      }
      resolve2();
    };
    setTimeout(function () {
      callback();
      console.log('device sync finished for ' + event.user.user_id);
    }, 5);
  });

};


/**
 * Auth0 post-login Action converted from the Rule audit_webhooks_foreach.js by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - AUDIT_HOOKS
 *
 * npm dependencies to add to this Action:
 *   - request
 *   - uuid@9.0.1
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const uuid = require('uuid');
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  const hooks = (event.secrets.AUDIT_HOOKS || '').split(',').filter(Boolean);
  const eventId = uuid.v4();

  // TODO(rules2actions R2A421): `global.postError` defines a helper for later rules; define it in each Action that uses it
  global.postError = global.postError || function (message, ctx) {
    ctx.idToken['https://example.com/audit_error'] = message;
    return ctx;
  };

  if (hooks.length === 0) {
    // This part of the rule calls `callback` and then runs more code.
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
      callback();
      console.log('no audit hooks configured');
      return;
    });
    return;
  }

  const calls = hooks.map(function (hook) {
    return new Promise(function (resolve) {
      request.put({ url: hook + '/events/' + eventId, json: { user_id: event.user.user_id, client: event.client.name } }, function (err, response) {
        resolve(!err && response.statusCode < 300);
      });
    });
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
    Promise.all(calls).then(function (results) {
      results.forEach(function (ok, i) {
        if (!ok && i === 0) {
          // TODO(rules2actions R2A300): `context` is used as a whole; Actions has no such object
          global.postError('primary audit hook failed', context);
          return callback();
        }
      });
      // The secondary hook is best effort: fire and forget.
      request.post({ url: hooks[0] + '/done', json: { id: eventId } });
      callback();
    }).catch(function (err) {
      callback(err);
    });
  });
};


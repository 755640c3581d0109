/**
 * Auth0 post-user-registration Action converted from the Hook async-storage.js by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostUserRegistration = async (event, api) => {
  // count signups per connection in webtask storage
  // TODO(rules2actions R2A612): `context.webtask.storage`: webtask storage was durable; the nearest Actions feature, `api.cache`, holds strings only, at most 20 entries per trigger for at most 24 hours, and may be empty on the next execution: keep the data in your own store (or `api.cache` if losing it is harmless)
  let [error, data] = await new Promise((resolve) => context.webtask.storage.get((...results) => resolve(results)));
  if (error) throw error;
  data = data || { counts: {} };
  data.counts[event.connection.id] = (data.counts[event.connection.id] || 0) + 1;
  // TODO(rules2actions R2A612): `context.webtask.storage`: webtask storage was durable; the nearest Actions feature, `api.cache`, holds strings only, at most 20 entries per trigger for at most 24 hours, and may be empty on the next execution: keep the data in your own store (or `api.cache` if losing it is harmless)
  [error] = await new Promise((resolve) => context.webtask.storage.set(data, (...results) => resolve(results)));
  // This part of the Hook calls `callback` with a value that may or may not be an error.
  // The handler waits for that call; as in Hooks, the first call decides (rules2actions R2A120).
  await new Promise((resolve) => {
    let settled = false;
    const cb = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        return resolve(Promise.reject(typeof error === 'string' ? new Error(error) : error));
      }
      resolve();
    };
    cb(error);
  });
};


/**
 * Auth0 post-login Action converted from the Rule code_after_callback.js by rules2actions.
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // TODO(rules2actions R2A111): code after this `callback(...)` still runs in Rules; converting it to `return` would skip that code
  callback(null, user, context);
  // Fire-and-forget audit log after handing back control.
  console.log('audit', event.user.user_id, event.client.client_id);
};


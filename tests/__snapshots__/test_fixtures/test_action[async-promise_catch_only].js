/**
 * Auth0 post-login Action converted from the Rule promise_catch_only.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - node-fetch@2.6.1
 */
const fetch = require('node-fetch');

exports.onExecutePostLogin = async (event, api) => {
  try {
    await fetch('https://audit.example.com/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'login', user: event.user.user_id })
    });
    return
  } catch (e) {
    // auditing must not block logins
    console.log(e.message);
  }
};


/**
 * Auth0 post-login Action converted from the Rule fire_and_forget_metadata.js by rules2actions.
 *
 * npm dependencies to add to this Action:
 *   - request
 */
const request = require('request');

exports.onExecutePostLogin = async (event, api) => {
  if (event.user.app_metadata.recordedAsLead) {
    return;
  }

  const [error, response, body] = await new Promise((resolve) => request.post({
    url: 'https://crm.example.com/api/leads',
    json: { email: event.user.email, name: event.user.name }
  }, (...results) => resolve(results)));
  if (error || response.statusCode !== 201) {
    console.log('could not record the lead: ' + (error ? error.message : response.statusCode));
    return;
  }
  event.user.app_metadata.recordedAsLead = true;
  api.user.setAppMetadata('recordedAsLead', event.user.app_metadata.recordedAsLead);

  // don't wait for the CRM call to finish, return right away
};


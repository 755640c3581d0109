/**
 * Auth0 post-login Action converted from the Rule redirect_query_params.js by rules2actions.
 */
const url = require('url');

exports.onExecutePostLogin = async (event, api) => {
  /* risk-based step up */ if (event.request.geoip && event.request.geoip.countryCode !== 'US') {
    api.redirect.sendUserTo(url.format({
        protocol: 'https',
        host: 'stepup.example.com',
        pathname: '/verify',
        query: { email: event.user.email, client: event.client.client_id }
      }));
  }
};

/**
 * The pass after the redirect: Rules ran the rule again with `context.protocol` set to
 * 'redirect-callback'; Actions resume here instead.
 */
exports.onContinuePostLogin = async (event, api) => {
  if (event.request.query.result !== 'ok') {
    return api.access.deny('Step-up verification failed');
  }
    /* risk-based step up */
};


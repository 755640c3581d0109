/**
 * Auth0 pre-user-registration Action converted from the Hook spread-response.js by rules2actions.
 */
/**
 * Give every new user a plan; partners signing up on their own connection get a flag.
 * The response is built with spreads, so its keys are only known when the Hook runs.
 */
exports.onExecutePreUserRegistration = async (event, api) => {
  const defaults = { plan: 'free', newsletter: false };
  const extra = event.connection.name === 'Partners' ? { partner: true } : {};

  const response = {
    user: {
      app_metadata: { ...defaults, ...extra, signup_ip: event.request.ip },
      user_metadata: { ...event.user.user_metadata, source: 'signup-hook' },
    },
  };
  for (const [key, value] of Object.entries(response?.user?.user_metadata ?? {})) api.user.setUserMetadata(key, value);
  for (const [key, value] of Object.entries(response?.user?.app_metadata ?? {})) api.user.setAppMetadata(key, value);
};


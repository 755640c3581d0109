/**
 * Auth0 post-login Action converted from the Rule renamed_objects.js by rules2actions.
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
  // Whole objects whose keys changed case in Actions.
  // TODO(rules2actions R2A301): `context.request.geoip` is used as a whole; its keys have other names in Actions
  const geo = event.request.geoip;
  // TODO(rules2actions R2A301): `context.request` is used as a whole; its keys have other names in Actions
  const req = event.request;
  const field = 'country_code';
  // TODO(rules2actions R2A301): `context.request.geoip` is read with a computed key; its keys have other names in Actions
  console.log(geo.country_code, req.userAgent, event.request.geoip[field]);
  // TODO(rules2actions R2A301): `context.stats` is used as a whole; its keys have other names in Actions
  console.log('stats', event.stats);
};


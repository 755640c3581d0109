/**
 * Auth0 post-login Action converted from the Rule ID-Token-Claims by rules2actions.
 *
 * 2 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
exports.onExecutePostLogin = async (event, api) => {
// TODO(rules2actions R2A310): `context.idToken` is read; Actions cannot read claims back
if (context.idToken && event.user.user_metadata) {
const namespace = 'https://crm.yourNamespace.com/';
api.idToken.setCustomClaim(namespace, event.user.user_metadata);
api.idToken.setCustomClaim(namespace + 'name', event.user.user_metadata.name);
}
// TODO(rules2actions R2A310): `context.idToken` is read; Actions cannot read claims back
console.log('**rule context', context.idToken);
};


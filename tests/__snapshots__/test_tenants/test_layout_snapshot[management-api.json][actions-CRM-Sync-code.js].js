/**
 * Auth0 post-login Action converted from the Rule CRM-Sync by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - exist-by-phone-key-prod
 *   - exist-by-phone-url-prod
 *
 * npm dependencies to add to this Action:
 *   - node-fetch
 *
 * 4 TODO(rules2actions) lines below mark what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const fetch = require("node-fetch");

exports.onExecutePostLogin = async (event, api) => {
function isToday(someDate) {
if (!someDate) return false;
// TODO(rules2actions R2A430): `_` was a global of the Rules sandbox; an Action must `require('lodash')`
if (_.isString(someDate)) someDate = new Date(someDate);

const today = new Date();
return (
someDate.getDate() === today.getDate() &&
someDate.getMonth() === today.getMonth() &&
someDate.getFullYear() === today.getFullYear()
);
}

console.log("*** user", event.user);

if (event.user.user_metadata && isToday(event.user.user_metadata.lastUpdate)) {
console.log("Can use cache");
return;
} else {
const url = event.secrets["exist-by-phone-url-prod"];
const key = event.secrets["exist-by-phone-key-prod"];

const body = {
phoneNumber: event.user.phone_number,
extended: true,
};
const finalResponse = { user: event.user };

console.log("data rule start");

const options = {
method: "post",
body: JSON.stringify(body),
headers: {
"Content-Type": "application/json",
"x-api-key": key,
},
};

console.log("*** url, options", url, options);

return fetch(url, options)
.then((res) => {
if (res.status !== 200) {
throw new Error(`${res.status} httpCode for crm fetch`);
}
return res.json();
})
.then((json) => {
const metadata = {
name: json.name,
lastUpdate: new Date(),
...json,
};
console.log("metadata", metadata);
finalResponse.user.user_metadata = metadata
// TODO(rules2actions R2A410): `auth0.users.updateUserMetadata` is not converted
return auth0.users.updateUserMetadata(event.user.user_id, metadata);
})
.then((updateUserMetaResponse) => {
console.log("updateUserMetaResponse", updateUserMetaResponse);
// TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
callback(null, finalResponse.user, context);
})
.catch(function (err) {
console.log("rule error:", err);
// TODO(rules2actions R2A110): `callback` is called from a nested function; the asynchronous flow needs converting
callback(null, user, context);
});
}
};


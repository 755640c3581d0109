/**
 * Auth0 post-login Action converted from the Rule CRM-Sync by rules2actions.
 *
 * Secrets to create on this Action (Rule settings are not copied over):
 *   - exist-by-phone-key-prod
 *   - exist-by-phone-url-prod
 *
 * npm dependencies to add to this Action:
 *   - lodash
 *   - node-fetch@2.7.0
 *
 * 1 TODO(rules2actions) line below marks what still needs a person
 * (`rules2actions explain CODE` says how to finish each).
 */
const fetch = require("node-fetch");

const _ = require("lodash");

exports.onExecutePostLogin = async (event, api) => {
function isToday(someDate) {
if (!someDate) return false;
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

try {
  const res = await fetch(url, options);
  if (res.status !== 200) {
  throw new Error(`${res.status} httpCode for crm fetch`);
  }
  const json = await res.json();
  const metadata = {
  name: json.name,
  lastUpdate: new Date(),
  ...json,
  };
  console.log("metadata", metadata);
  finalResponse.user.user_metadata = metadata
  // TODO(rules2actions R2A213): `auth0.users.updateUserMetadata` persists an object other than `user.user_metadata`, whose keys are unknown
  const updateUserMetaResponse = await auth0.users.updateUserMetadata(event.user.user_id, metadata);
  console.log("updateUserMetaResponse", updateUserMetaResponse);
} catch (err) {
  console.log("rule error:", err);
}
}
};


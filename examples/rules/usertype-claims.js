function(user, context, callback) {
  user.app_metadata = user.app_metadata || {};
  const namespace = '';
  if(user.app_metadata.usertype) {
    context.idToken[`${namespace}/usertype`] = user.app_metadata.usertype;
  }
  if(user.app_metadata.coops) {
    context.idToken[`${namespace}/coops`] = user.app_metadata.coops;
  }
  if(user.app_metadata.coopnames) {
    context.idToken[`${namespace}/coopnames`] = user.app_metadata.coopnames;
  }
  callback(null, user, context);
}

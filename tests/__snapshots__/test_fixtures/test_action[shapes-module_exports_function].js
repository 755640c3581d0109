/**
 * Auth0 post-login Action converted from the Rule module_exports_function.js by rules2actions.
 */
'use strict';

/**
 * Partner Portal: only partners' email domains may sign in.
 *
 * Exported so that test/rules/partner-domains.test.js can call it with a fake user,
 * context and callback; the deploy script strips the export.
 */
const PARTNER_DOMAINS = ['partner.example.com', 'reseller.example.org'];

function emailDomain(email) {
  const at = (email || '').lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).toLowerCase();
}

exports.onExecutePostLogin = async (event, api) => {
  if (event.client.name !== 'Partner Portal') {
    return;
  }

  const domain = emailDomain(event.user.email);
  if (PARTNER_DOMAINS.indexOf(domain) === -1) {
    return api.access.deny('The Partner Portal is for partners only');
  }

  api.idToken.setCustomClaim('https://partners.example.com/domain', domain);
};


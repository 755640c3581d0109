'use strict';
// The Rules side's effects, read from what the rule handed to `callback`.

const { normalise, scopes, redirect, mfa, getPath } = require('./normalise');
const { splitProfile } = require('./profile');

const UnauthorizedErrorSource = `
globalThis.UnauthorizedError = class UnauthorizedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UnauthorizedError';
    this.statusCode = 401;
  }
};`;

// Auth0 merges the top-level keys of a metadata update; `null` deletes a key.
function persist(target, data) {
  if (!data || typeof data !== 'object') return;
  const plain = normalise(data);
  for (const key of Object.keys(data)) {
    if (data[key] === null) delete target[key];
    else if (key in plain) target[key] = plain[key];
  }
}

function describe(error) {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

function isUnauthorized(error) {
  return !!(error && typeof error === 'object' &&
    (error.name === 'UnauthorizedError' || (error.constructor && error.constructor.name === 'UnauthorizedError')));
}

function claims(token, skip) {
  if (!token || typeof token !== 'object') return {};
  const out = normalise(token);
  if (skip) delete out[skip];
  return out;
}

function saml(config, user) {
  if (!config || typeof config !== 'object') return null;
  const attributes = {};
  const settings = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'mappings' && value && typeof value === 'object') {
      for (const [attribute, path] of Object.entries(value)) {
        attributes[attribute] = getPath(user, path);
      }
    } else {
      settings[key] = value;
    }
  }
  const out = normalise({ attributes, settings });
  if (!Object.keys(out.attributes).length && !Object.keys(out.settings).length) return null;
  return out;
}

function rulesEffects(outcome, user, persisted, run, scenario) {
  const effects = {
    outcome: 'allowed',
    deny: null,
    id_token: null,
    access_token: null,
    scopes: null,
    mfa: null,
    redirect: null,
    saml: null,
    primary_user: null,
    profile: null,
    app_metadata: normalise(persisted.app_metadata),
    user_metadata: normalise(persisted.user_metadata),
    http: normalise(run.http),
    management: normalise(run.management),
    other: [],
  };
  if (outcome.timeout) {
    effects.outcome = 'timeout';
    effects.deny = { error: 'timeout', description: outcome.timeout };
    return effects;
  }
  if (outcome.error !== undefined) {
    effects.outcome = 'denied';
    effects.deny = {
      error: isUnauthorized(outcome.error) ? 'unauthorized' : 'access_denied',
      description: describe(outcome.error),
    };
    return effects;
  }
  const c = outcome.context;
  // The user the rule handed to `callback` (root attribute writes included) is the
  // profile the tokens and the SAML assertion are issued from.
  if (outcome.user && typeof outcome.user === 'object') user = outcome.user;
  effects.id_token = claims(c.idToken);
  effects.access_token = claims(c.accessToken, 'scope');
  effects.scopes = scopes(c.accessToken && c.accessToken.scope);
  if (c.multifactor && typeof c.multifactor === 'object') {
    const { provider, ...options } = c.multifactor;
    effects.mfa = mfa(provider, options, true);
  }
  if (c.redirect && typeof c.redirect === 'object' && c.redirect.url !== undefined) {
    effects.redirect = redirect(c.redirect.url);
  }
  effects.saml = saml(c.samlConfiguration, user);
  effects.primary_user = c.primaryUser === undefined ? null : normalise(c.primaryUser);
  const split = splitProfile(user, effects.id_token, effects.saml ? effects.saml.attributes : {},
    scenario || {});
  effects.profile = split.profile;
  effects.id_token = split.idToken;
  if (effects.saml) {
    effects.saml.attributes = split.attributes;
    if (!Object.keys(split.attributes).length && !Object.keys(effects.saml.settings).length) {
      effects.saml = null;
    }
  }
  return effects;
}

module.exports = { rulesEffects, UnauthorizedErrorSource, persist };

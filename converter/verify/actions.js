'use strict';
// The post-login `api` for an Action: every call is recorded with the documented
// semantics, and the effects are read from the record.

const nodeCrypto = require('crypto');
const { normalise, clone, scopes, redirect, mfa } = require('./normalise');
const { splitProfile } = require('./profile');

const SAML_SETTERS = [
  'setAudience', 'setRecipient', 'setCreateUpnClaim', 'setPassthroughClaimsWithNoMapping',
  'setMapUnknownClaimsAsIs', 'setMapIdentities', 'setSignatureAlgorithm', 'setDigestAlgorithm',
  'setDestination', 'setLifetimeInSeconds', 'setSignResponse', 'setNameIdentifierFormat',
  'setNameIdentifierProbes', 'setAuthnContextClassRef', 'setSigningCert',
  'setIncludeAttributeNameFormat', 'setTypedAttributes', 'setEncryptionCert',
  'setEncryptionPublicKey', 'setCert', 'setKey', 'setRelayState', 'setIssuer',
  'setEncryptionAlgorithm',
];

function samlKey(setter) {
  const name = setter.slice(3);
  return name === 'RelayState' ? name : name[0].toLowerCase() + name.slice(1);
}

function b64url(data) {
  return Buffer.from(data).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function sign(payload, secret) {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const signature = nodeCrypto.createHmac('sha256', String(secret)).update(head + '.' + body).digest();
  return `${head}.${body}.${b64url(signature)}`;
}

let restrictedClaims = new Set();

// The profile the ID token and the SAML add-on read, as on the Rules side: the stored
// user with app_metadata's keys at the root (the root wins).
function storedProfile(user) {
  const out = clone(user || {});
  if (out.app_metadata && typeof out.app_metadata === 'object') {
    for (const [key, value] of Object.entries(out.app_metadata)) {
      if (!(key in out)) out[key] = clone(value);
    }
  }
  return out;
}

function makeApi(event, scenario, pass, carried) {
  const previous = carried ? carried.final : null;
  const state = {
    deny: null,
    timeout: null,
    id: previous ? clone(previous.id_token) : {},
    at: previous ? clone(previous.access_token) : {},
    scopes: new Set(previous ? previous.scopes : scenario.requested_scopes || []),
    base: {
      app_metadata: clone(event.user.app_metadata),
      user_metadata: clone(event.user.user_metadata),
    },
    pending: [],
    mfa: null,
    redirect: null,
    saml: { attributes: {}, settings: {} },
    primary: null,
    other: [],
    transaction: {},
    // The stored profile: what the tokens are issued from (writes to event.user are lost).
    stored: storedProfile(scenario.user),
    scenario,
  };
  const record = (name) => (...args) => {
    state.other.push(normalise({ call: name, args }));
  };
  state.thrown = (description) => {
    if (!state.deny) state.deny = { error: 'access_denied', description };
  };
  state.timedOut = (description) => {
    state.timeout = description;
  };
  const cache = new Map(Object.entries(scenario.cache || {}));
  const samlResponse = {
    setAttribute: (name, value) => {
      state.saml.attributes[name] = value;
    },
  };
  for (const setter of SAML_SETTERS) {
    samlResponse[setter] = (value) => {
      state.saml.settings[samlKey(setter)] = value;
    };
  }
  const protocol = event.transaction && event.transaction.protocol;
  const api = {
    access: {
      deny: (reason) => {
        // The reason is a string; anything else is recorded as such, so a Rule's
        // `new Error(obj)` ("[object Object]") and an Action's `deny(obj)` differ.
        const description = reason === undefined || typeof reason === 'string'
          ? (reason || '')
          : `(not a string: ${typeof reason}) ${String(reason)}`;
        if (!state.deny) state.deny = { error: 'access_denied', description };
      },
    },
    idToken: {
      setCustomClaim: (key, value) => {
        if (restrictedClaims.has(key)) return; // silently not added (reference §1b)
        state.id[key] = normalise(value === undefined ? null : value);
        if (value === undefined) delete state.id[key];
      },
    },
    accessToken: {
      setCustomClaim: (key, value) => {
        if (restrictedClaims.has(key)) return;
        state.at[key] = normalise(value === undefined ? null : value);
        if (value === undefined) delete state.at[key];
      },
      addScope: (scope) => {
        state.scopes.add(String(scope));
      },
      removeScope: (scope) => {
        state.scopes.delete(String(scope));
      },
    },
    multifactor: {
      enable: (provider, options) => {
        state.mfa = mfa(provider, options, false);
      },
    },
    redirect: {
      sendUserTo: (url, options) => {
        state.redirect = redirect(url, options && options.query);
      },
      canRedirect: () => !['oauth2-password', 'oauth2-refresh-token', 'oauth2-resource-owner'].includes(protocol),
      encodeToken: ({ secret, payload, expiresInSeconds }) => {
        const now = Math.floor(Date.now() / 1000);
        return sign(Object.assign({}, payload, {
          sub: event.user.user_id, iss: event.request.hostname, iat: now,
          exp: now + (expiresInSeconds === undefined ? 900 : expiresInSeconds), ip: event.request.ip,
        }), secret);
      },
      validateToken: ({ secret, tokenParameterName }) => {
        const name = tokenParameterName || 'session_token';
        const token = (event.request.body || {})[name] || (event.request.query || {})[name];
        if (!token) throw new Error(`There is no parameter called '${name}' available in either the POST body or query string.`);
        const [head, body, signature] = String(token).split('.');
        const expected = b64url(nodeCrypto.createHmac('sha256', String(secret)).update(head + '.' + body).digest());
        if (signature !== expected) throw new Error('The session token signature is invalid.');
        const payload = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
        if (payload.exp !== undefined && payload.exp < Math.floor(Date.now() / 1000)) {
          throw new Error('The session token has expired.');
        }
        return payload;
      },
    },
    user: {
      setAppMetadata: (key, value) => {
        state.pending.push(['app_metadata', key, normalise(value === undefined ? null : value)]);
      },
      setUserMetadata: (key, value) => {
        state.pending.push(['user_metadata', key, normalise(value === undefined ? null : value)]);
      },
    },
    samlResponse,
    authentication: {
      setPrimaryUser: (id) => {
        state.primary = normalise(id);
      },
      challengeWith: record('authentication.challengeWith'),
      challengeWithAny: record('authentication.challengeWithAny'),
      enrollWith: record('authentication.enrollWith'),
      enrollWithAny: record('authentication.enrollWithAny'),
      recordMethod: record('authentication.recordMethod'),
    },
    cache: {
      get: (key) => (cache.has(key) ? { value: cache.get(key) } : undefined),
      set: (key, value, options) => {
        cache.set(key, String(value));
        return { type: 'success', record: { value: String(value), expires_at: (options && options.expires_at) || Date.now() + 900000 } };
      },
      delete: (key) => {
        const existed = cache.delete(key);
        return existed ? { type: 'success' } : { type: 'error', code: 'CacheKeyDoesNotExist' };
      },
    },
    transaction: {
      setMetadata: (key, value) => {
        state.transaction[key] = value;
      },
    },
    rules: {
      wasExecuted: (id) => (scenario.rules_executed || []).includes(id),
    },
    validation: {
      error: (code, description) => {
        if (!state.deny) state.deny = { error: String(code), description: String(description) };
      },
    },
    prompt: { render: record('prompt.render') },
    session: {
      revoke: record('session.revoke'), setExpiresAt: record('session.setExpiresAt'),
      setIdleExpiresAt: record('session.setIdleExpiresAt'), setCookieMode: record('session.setCookieMode'),
      setMetadata: record('session.setMetadata'), deleteMetadata: record('session.deleteMetadata'),
      evictMetadata: record('session.evictMetadata'),
    },
    refreshToken: {
      revoke: record('refreshToken.revoke'), setExpiresAt: record('refreshToken.setExpiresAt'),
      setIdleExpiresAt: record('refreshToken.setIdleExpiresAt'), setMetadata: record('refreshToken.setMetadata'),
      deleteMetadata: record('refreshToken.deleteMetadata'), evictMetadata: record('refreshToken.evictMetadata'),
    },
  };
  state.api = api;
  return state;
}

// Metadata writes are applied at the end, each key replacing the stored one (`null` deletes).
function applyMetadata(state) {
  const out = clone(state.base);
  for (const [kind, key, value] of state.pending) {
    if (value === null) delete out[kind][key];
    else out[kind][key] = value;
  }
  return out;
}

function actionsEffects(state, run) {
  const metadata = applyMetadata(state);
  state.final = {
    id_token: state.id, access_token: state.at, scopes: Array.from(state.scopes),
    app_metadata: metadata.app_metadata, user_metadata: metadata.user_metadata,
  };
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
    app_metadata: normalise(metadata.app_metadata),
    user_metadata: normalise(metadata.user_metadata),
    http: normalise(run.http),
    management: normalise(run.management),
    other: normalise(state.other),
  };
  if (state.timeout) {
    effects.outcome = 'timeout';
    effects.deny = { error: 'timeout', description: state.timeout };
    return effects;
  }
  if (state.deny) {
    effects.outcome = 'denied';
    effects.deny = state.deny;
    return effects;
  }
  effects.id_token = normalise(state.id);
  effects.access_token = normalise(state.at);
  effects.scopes = scopes(Array.from(state.scopes));
  effects.mfa = state.mfa;
  effects.redirect = state.redirect;
  const saml = normalise(state.saml);
  effects.saml = Object.keys(saml.attributes).length || Object.keys(saml.settings).length ? saml : null;
  effects.primary_user = state.primary;
  const split = splitProfile(state.stored, effects.id_token, saml.attributes, state.scenario);
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

module.exports = {
  makeApi,
  actionsEffects,
  setRestrictedClaims: (names) => {
    restrictedClaims = new Set(names);
  },
};

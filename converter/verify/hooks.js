'use strict';
// Legacy Hooks for `rules2actions verify`: for each of the five triggers, the Hook's
// arguments and `context.webtask`, the error classes the webtask compilers inject, the
// Action's `event` (built from the same scenario through the documented mapping, shared
// reference hooks-to-actions.md §3-§7, independently of the converter), its `api`
// recorder, and the effects of both sides in one shape.

const { normalise, clone, scopes } = require('./normalise');

const TRIGGERS = {
  'pre-user-registration': { handler: 'onExecutePreUserRegistration', blocking: true,
    errors: ['PreUserRegistrationError'] },
  'post-user-registration': { handler: 'onExecutePostUserRegistration', blocking: false,
    errors: ['PreUserRegistrationError'] },
  'post-change-password': { handler: 'onExecutePostChangePassword', blocking: false,
    errors: ['PreUserRegistrationError'] },
  'credentials-exchange': { handler: 'onExecuteCredentialsExchange', blocking: true,
    errors: ['InvalidRequestError', 'InvalidScopeError', 'ServerError'] },
  'send-phone-message': { handler: 'onExecuteSendPhoneMessage', blocking: true,
    errors: ['SendPhoneMessageError'] },
};

// The prelude the webtask compilers prepend (auth0-ext-compilers, lib/errors): every
// class extends ExtensibilityUserError and `name` is the class name.
function errorPrelude(trigger) {
  const lines = [`
globalThis.ExtensibilityUserError = class ExtensibilityUserError extends Error {
  constructor(message, friendlyMessage) {
    super(message);
    this.name = this.constructor.name;
    this.friendlyMessage = friendlyMessage === undefined ? message : friendlyMessage;
  }
};`];
  const status = { InvalidRequestError: 400, InvalidScopeError: 400, ServerError: 500 };
  for (const name of TRIGGERS[trigger].errors) {
    lines.push(`globalThis.${name} = class ${name} extends ExtensibilityUserError {
  constructor(message, friendlyMessage) {
    super(message, friendlyMessage);
    ${status[name] ? `this.statusCode = ${status[name]};` : ''}
  }
};`);
  }
  return lines.join('\n');
}

// A namespaced claim of a credentials-exchange Hook: an http(s) URL whose host is not
// auth0.com, webtask.io, webtask.run or one of their subdomains (reference §6.1).
function namespaced(key) {
  let url;
  try {
    url = new URL(key);
  } catch (e) {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return !['auth0.com', 'webtask.io', 'webtask.run'].some((d) => host === d || host.endsWith('.' + d));
}

function message(error) {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

// ---------------------------------------------------------------------------------------
// The Hook side
// ---------------------------------------------------------------------------------------

// The Hook's arguments (without `cb`) and the webtask context's raw body.
function hookArguments(trigger, scenario, webtask) {
  const context = clone(scenario.context || {});
  context.webtask = webtask;
  switch (trigger) {
    case 'credentials-exchange': {
      const scope = scenario.scope === undefined || scenario.scope === null ? undefined : clone(scenario.scope);
      return [clone(scenario.client || {}), scope, scenario.audience, context];
    }
    case 'send-phone-message':
      return [scenario.recipient, scenario.text, context];
    default:
      return [clone(scenario.user || {}), context];
  }
}

function webtaskContext(trigger, scenario, storageWrites) {
  const w = scenario.webtask || {};
  const secrets = clone(scenario.secrets || {});
  let stored = clone(scenario.storage === undefined ? {} : scenario.storage);
  const storage = {
    get data() {
      return clone(stored);
    },
    get(options, cb) {
      cb = typeof options === 'function' ? options : cb;
      process.nextTick(() => cb(null, clone(stored)));
    },
    set(data, options, cb) {
      cb = typeof options === 'function' ? options : cb;
      stored = clone(data);
      storageWrites.push(normalise(data));
      if (typeof cb === 'function') process.nextTick(() => cb(null));
    },
  };
  const query = clone(w.query || {});
  return {
    secrets,
    meta: clone(w.meta || {}),
    headers: clone(w.headers || {}),
    query,
    params: {},
    data: Object.assign({}, query, secrets),
    body: normalise({ trigger, scenario: scenario.name }),
    storage,
    token: 'fake-webtask-token',
  };
}

// The Hook's effects, from what it handed to `cb` (or its failure).
function hookEffects(trigger, outcome, scenario, run, storageWrites) {
  const effects = baseEffects(trigger, run);
  if (storageWrites.length) effects.storage = normalise(storageWrites);
  if (outcome.timeout) {
    effects.outcome = 'timeout';
    effects.error = outcome.timeout;
    return effects;
  }
  if (outcome.error !== undefined && outcome.error !== null && outcome.error !== false) {
    const error = outcome.error;
    const name = error && typeof error === 'object' ? error.name : undefined;
    const text = typeof error === 'string' ? error : message(error);
    if (trigger === 'pre-user-registration') {
      const friendly = name === 'PreUserRegistrationError' && error.friendlyMessage !== undefined
        ? String(error.friendlyMessage) : null;
      return denied(effects, { code: null, reason: text, user_message: friendly });
    }
    if (trigger === 'credentials-exchange') {
      const code = { InvalidScopeError: 'invalid_scope', InvalidRequestError: 'invalid_request' }[name] || 'server_error';
      return denied(effects, { code, reason: text, user_message: null });
    }
    effects.outcome = 'failed';
    effects.error = text;
    return effects;
  }
  const data = outcome.data && typeof outcome.data === 'object' ? outcome.data : {};
  if (trigger === 'pre-user-registration') {
    // Auth0 adds the response's metadata objects to the new user; anything else is ignored.
    const given = scenario.user || {};
    const response = data.user && typeof data.user === 'object' ? data.user : {};
    for (const kind of ['user_metadata', 'app_metadata']) {
      const out = clone(given[kind] || {});
      const set = response[kind];
      if (set && typeof set === 'object') {
        for (const [key, value] of Object.entries(normalise(set))) {
          if (value === null) delete out[key];
          else out[key] = value;
        }
      }
      effects[kind] = normalise(out);
    }
  }
  if (trigger === 'credentials-exchange') {
    // Only `scope` (an array) and namespaced keys reach the token; without `scope` the
    // token has no scopes (reference §6.1).
    const claims = {};
    for (const [key, value] of Object.entries(data)) {
      if (key !== 'scope' && namespaced(key) && value !== undefined) claims[key] = value;
    }
    effects.access_token = normalise(claims);
    effects.scopes = scopes(Array.isArray(data.scope) ? data.scope : []);
  }
  return effects;
}

function baseEffects(trigger, run) {
  const effects = { outcome: 'allowed', deny: null, error: null };
  if (trigger === 'pre-user-registration') Object.assign(effects, { user_metadata: null, app_metadata: null });
  if (trigger === 'credentials-exchange') Object.assign(effects, { access_token: null, scopes: null });
  Object.assign(effects, {
    storage: null,
    http: normalise(run.http),
    management: normalise(run.management),
    other: [],
  });
  return effects;
}

function denied(effects, deny) {
  effects.outcome = 'denied';
  effects.deny = normalise(deny);
  return effects;
}

// ---------------------------------------------------------------------------------------
// The Action side
// ---------------------------------------------------------------------------------------

// `event` for the trigger, built from the Hook-shaped scenario.
function hookEvent(trigger, scenario) {
  const c = scenario.context || {};
  const secrets = clone(scenario.secrets || {});
  const connection = (x) => ({ id: x.id, name: x.name, strategy: x.strategy || 'auth0', metadata: x.metadata || {} });
  const u = clone(scenario.user || {});
  const request = (r) => ({
    ip: r.ip, language: r.language, method: r.method || 'POST', hostname: r.hostname || 'example.auth0.com',
    user_agent: r.userAgent || r.user_agent, geoip: r.geoip, body: clone(r.body || {}),
  });
  switch (trigger) {
    case 'pre-user-registration': {
      // No password and no email_verified in this event (reference §3.2).
      const user = { email: u.email, username: u.username, phone_number: u.phoneNumber,
        name: u.name, given_name: u.given_name, family_name: u.family_name, nickname: u.nickname,
        picture: u.picture, user_metadata: u.user_metadata || {}, app_metadata: u.app_metadata || {} };
      const conn = c.connection || {};
      const req = request(Object.assign({ language: c.requestLanguage }, c.request || {}));
      return { user: normalise(user), connection: connection(conn), tenant: { id: conn.tenant || u.tenant },
        request: req, secrets,
        client: scenario.client ? { client_id: scenario.client.id || scenario.client.client_id,
          name: scenario.client.name, metadata: scenario.client.metadata || {} } : undefined,
        transaction: { locale: c.renderLanguage || req.language, requested_scopes: [] } };
    }
    case 'post-user-registration': {
      const conn = c.connection || {};
      const user = { user_id: prefixed(u.id, conn), email: u.email, email_verified: !!u.emailVerified,
        username: u.username, phone_number: u.phoneNumber, phone_verified: !!u.phoneNumberVerified,
        user_metadata: u.user_metadata || {}, app_metadata: u.app_metadata || {},
        created_at: u.created_at, updated_at: u.updated_at };
      return { user: normalise(user), connection: connection(conn), tenant: { id: conn.tenant || u.tenant },
        request: c.requestLanguage ? { language: c.requestLanguage } : undefined, secrets,
        transaction: {} };
    }
    case 'post-change-password': {
      const conn = c.connection || {};
      const user = { user_id: prefixed(u.id, conn), email: u.email, email_verified: u.email_verified,
        username: u.username, last_password_reset: u.last_password_reset };
      return { user: normalise(user), connection: connection(conn), tenant: { id: conn.tenant },
        request: request(c.request || {}), secrets, transaction: {} };
    }
    case 'credentials-exchange': {
      const client = scenario.client || {};
      const granted = Array.isArray(scenario.scope) ? scenario.scope.slice() : [];
      const body = clone(c.body || {});
      return {
        client: { client_id: client.id, name: client.name, metadata: client.metadata || {} },
        resource_server: { identifier: scenario.audience },
        accessToken: { scope: granted, customClaims: {} },
        request: request(Object.assign({}, c.request || {}, { body })),
        transaction: { requested_scopes: granted },
        tenant: { id: client.tenant },
        secrets,
      };
    }
    case 'send-phone-message': {
      const client = c.client || { client_id: c.client_id, name: c.name, client_metadata: c.client_metadata };
      const action = c.action === 'authentication' ? 'second-factor-authentication' : c.action;
      return {
        message_options: { recipient: scenario.recipient, text: scenario.text, code: c.code,
          message_type: c.message_type, action },
        user: clone(c.user || {}),
        client: { client_id: client.client_id, name: client.name, metadata: client.client_metadata || {} },
        request: { ip: c.ip, language: c.language, user_agent: c.user_agent, method: 'POST',
          hostname: 'example.auth0.com' },
        tenant: { id: c.tenant || 'example' },
        transaction: {},
        secrets,
      };
    }
    default:
      throw new Error(`unknown trigger ${trigger}`);
  }
}

// Hooks saw the database user id without its prefix; Actions see it with it (likely).
function prefixed(id, connection) {
  if (id === undefined || id === null) return id;
  const text = String(id);
  return text.includes('|') ? text : `${connection.strategy || 'auth0'}|${text}`;
}

// The trigger's `api`, recording what the Action does.
function hookApi(trigger, event, scenario, restricted) {
  const state = { deny: null, claims: {}, pending: [], other: [], target: null,
    // What the effects are read against, kept apart from the event the Action may change.
    stored: clone({ user_metadata: (event.user || {}).user_metadata, app_metadata: (event.user || {}).app_metadata }),
    granted: event.accessToken ? event.accessToken.scope.slice() : [] };
  const cacheStore = new Map(Object.entries(scenario.cache || {}));
  const api = {
    cache: {
      get: (key) => (cacheStore.has(key) ? { value: cacheStore.get(key) } : undefined),
      set: (key, value, options) => {
        cacheStore.set(key, String(value));
        return { type: 'success', record: { value: String(value),
          expires_at: (options && options.expires_at) || Date.now() + 900000 } };
      },
      delete: (key) => (cacheStore.delete(key) ? { type: 'success' } : { type: 'error', code: 'CacheKeyDoesNotExist' }),
    },
  };
  if (trigger === 'pre-user-registration') {
    api.access = {
      deny: (reason, userMessage) => {
        if (!state.deny) {
          state.deny = { code: null, reason: reason === undefined ? '' : String(reason),
            user_message: userMessage === undefined ? null : String(userMessage) };
        }
      },
    };
    api.validation = {
      error: (code, description) => {
        if (!state.deny) state.deny = { code: String(code), reason: String(description), user_message: String(description) };
      },
    };
    api.user = {
      setUserMetadata: (key, value) => state.pending.push(['user_metadata', key, normalise(value === undefined ? null : value)]),
      setAppMetadata: (key, value) => state.pending.push(['app_metadata', key, normalise(value === undefined ? null : value)]),
    };
  }
  if (trigger === 'credentials-exchange') {
    const codes = ['invalid_scope', 'invalid_request', 'server_error'];
    api.access = {
      deny: (code, reason) => {
        if (!codes.includes(code)) {
          throw new Error(`api.access.deny: the code must be one of ${codes.join(', ')}; got ${JSON.stringify(code)}`);
        }
        if (!state.deny) state.deny = { code, reason: reason === undefined ? '' : String(reason), user_message: null };
      },
    };
    api.accessToken = {
      setCustomClaim: (key, value) => {
        if (restricted.has(key)) return;
        if (value === undefined) delete state.claims[key];
        else state.claims[key] = normalise(value);
      },
    };
    // [Early Access] target scopes (reference §6.2); the client grant is not modelled.
    const target = () => {
      if (state.target === null) state.target = new Set(event.accessToken.scope);
      return state.target;
    };
    api.transaction = {
      addTargetScope: (s) => { target().add(String(s)); },
      removeTargetScope: (s) => { target().delete(String(s)); },
      setTargetScopes: (list) => { state.target = new Set((list || []).map(String)); },
      clearTargetScopes: () => { state.target = new Set(); },
    };
  }
  state.api = api;
  return state;
}

function actionEffects(trigger, state, run, thrown, timeout) {
  const effects = baseEffects(trigger, run);
  effects.other = normalise(state.other);
  if (timeout) {
    effects.outcome = 'timeout';
    effects.error = timeout;
    return effects;
  }
  if (thrown !== undefined && !state.deny) {
    const text = message(thrown);
    if (trigger === 'pre-user-registration') return denied(effects, { code: null, reason: text, user_message: null });
    if (trigger === 'credentials-exchange') return denied(effects, { code: 'server_error', reason: text, user_message: null });
    effects.outcome = 'failed';
    effects.error = text;
    return effects;
  }
  if (state.deny) return denied(effects, state.deny);
  if (trigger === 'pre-user-registration') {
    for (const kind of ['user_metadata', 'app_metadata']) {
      const out = clone(state.stored[kind] || {});
      for (const [k, key, value] of state.pending) {
        if (k !== kind) continue;
        if (value === null) delete out[key];
        else out[key] = value;
      }
      effects[kind] = normalise(out);
    }
  }
  if (trigger === 'credentials-exchange') {
    effects.access_token = normalise(state.claims);
    effects.scopes = scopes(state.target === null ? state.granted : Array.from(state.target));
  }
  return effects;
}

module.exports = { TRIGGERS, errorPrelude, hookArguments, webtaskContext, hookEffects, hookEvent, hookApi,
  actionEffects };

'use strict';
// rules2actions verify: runs Rules and their Actions for the same scenarios and prints
// their normalised effects as JSON. Plain Node (>= 18), no dependencies.
//
//   node harness.js JOB.json   (or the job on stdin)
//
// The job: {timeout_ms, modules: {name: {version: dir}}, sandbox: {global: module},
//           cases: [{id, rule: {code, filename}, action: {code, filename, dependencies},
//                    scenarios: [scenario, ...]}]}
// The output: {cases: [{id, scenarios: [{name, rule: {effects, logs, missing},
//                                        action: {effects, logs, missing}}]}]}

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');
const nodeCrypto = require('crypto');
const { builtinModules, createRequire } = require('module');
const nodeRequire = require; // the sandbox's own `require` below shadows the name
const { Network, realHttp, realHttps, LATENCY_MS } = require('./network');
const { makeApi, actionsEffects, setRestrictedClaims } = require('./actions');
const { rulesEffects, UnauthorizedErrorSource, persist } = require('./rules');
const { buildEvent, setDocumentedUserFields } = require('./event');
const { clone, normalise } = require('./normalise');
const hooks = require('./hooks');

// ---------------------------------------------------------------------------------------
// Determinism: frozen clock and seeded randomness, reset before every run, in this realm
// (for the real npm modules) and in every sandbox.
// ---------------------------------------------------------------------------------------
const clock = { now: Date.parse('2026-01-01T00:00:00.000Z') };
let seed = 1;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function fill(buffer, offset, size) {
  const view = new Uint8Array(buffer.buffer || buffer, buffer.byteOffset || 0, buffer.byteLength);
  offset = offset || 0;
  const end = size === undefined ? view.length : offset + size;
  for (let i = offset; i < end; i++) view[i] = Math.floor(random() * 256);
  return buffer;
}
function randomUUID() {
  const b = fill(Buffer.alloc(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
nodeCrypto.randomFillSync = fill;
nodeCrypto.randomFill = (buf, offset, size, cb) => {
  cb = [offset, size, cb].find((x) => typeof x === 'function');
  fill(buf, typeof offset === 'number' ? offset : 0, typeof size === 'number' ? size : undefined);
  process.nextTick(() => cb(null, buf));
};
nodeCrypto.randomBytes = (size, cb) => {
  const buf = fill(Buffer.alloc(size));
  if (typeof cb === 'function') {
    process.nextTick(() => cb(null, buf));
    return undefined;
  }
  return buf;
};
nodeCrypto.pseudoRandomBytes = nodeCrypto.randomBytes;
nodeCrypto.randomUUID = randomUUID;
try {
  Object.defineProperty(nodeCrypto, 'getRandomValues', { value: (array) => fill(array), configurable: true });
} catch (e) { /* a non-configurable getter in this Node version */ }
nodeCrypto.randomInt = (min, max) => {
  if (max === undefined) [min, max] = [0, min];
  return min + Math.floor(random() * (max - min));
};
const webcrypto = { getRandomValues: (a) => fill(a), randomUUID, subtle: nodeCrypto.webcrypto.subtle };
try {
  Object.defineProperty(nodeCrypto, 'webcrypto', { value: webcrypto, configurable: true });
} catch (e) { /* keep the original */ }
try {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
} catch (e) { /* keep the original */ }

function frozenDate(RealDate) {
  function FrozenDate(...args) {
    if (!new.target) return new RealDate(clock.now).toString();
    return args.length ? new RealDate(...args) : new RealDate(clock.now);
  }
  FrozenDate.prototype = RealDate.prototype;
  FrozenDate.now = () => clock.now;
  FrozenDate.parse = RealDate.parse;
  FrozenDate.UTC = RealDate.UTC;
  return FrozenDate;
}
globalThis.Date = frozenDate(Date);
Math.random = random;

// ---------------------------------------------------------------------------------------
// One run = one side (rule or action) of one scenario, in a fresh vm context.
// ---------------------------------------------------------------------------------------
let currentRun = null;
process.on('uncaughtException', (error) => {
  if (currentRun) currentRun.crash(error);
});
process.on('unhandledRejection', (error) => {
  if (currentRun) currentRun.crash(error);
});

class Run {
  constructor(job, scenario, side) {
    this.job = job;
    this.scenario = scenario;
    this.side = side;
    this.logs = [];
    this.missing = [];
    this.http = [];
    this.management = [];
    this.timers = new Set();
    this.network = new Network(scenario.http, this.http, (fn) => {
      const handle = setTimeout(() => {
        this.timers.delete(handle);
        if (!this.finished) fn(); // an answer after the run finished is never seen
      }, LATENCY_MS);
      this.timers.add(handle);
    });
    this.finished = false;
    this.onCrash = null;
  }

  crash(error) {
    if (this.onCrash) this.onCrash(error);
  }

  console() {
    const log = (...args) => {
      if (this.logs.length < 200) this.logs.push(util.format(...args).slice(0, 2000));
    };
    return { log, info: log, warn: log, error: log, debug: log, trace: log, dir: log,
      table: log, time() {}, timeEnd() {}, assert() {} };
  }

  timerFunctions() {
    const timers = this.timers;
    const wrap = (set, clear) => [
      (fn, ms, ...args) => {
        const handle = set(() => {
          timers.delete(handle);
          if (typeof fn === 'function') fn(...args);
        }, ms);
        timers.add(handle);
        return handle;
      },
      (handle) => {
        timers.delete(handle);
        clear(handle);
      },
    ];
    const [setT, clearT] = wrap(setTimeout, clearTimeout);
    const [setI, clearI] = [
      (fn, ms, ...args) => {
        const handle = setInterval(fn, ms, ...args);
        timers.add(handle);
        return handle;
      },
      (handle) => {
        timers.delete(handle);
        clearInterval(handle);
      },
    ];
    const [setIm, clearIm] = wrap((fn) => setImmediate(fn), clearImmediate);
    return { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI,
      setImmediate: setIm, clearImmediate: clearIm };
  }

  context(extra) {
    const fetch = this.network.fetch();
    const sandbox = Object.assign({
      console: this.console(),
      Buffer,
      URL,
      URLSearchParams,
      TextEncoder,
      TextDecoder,
      AbortController,
      structuredClone,
      queueMicrotask,
      atob,
      btoa,
      fetch,
      crypto: webcrypto,
      process: { env: {}, version: process.version, versions: process.versions,
        platform: 'linux', nextTick: process.nextTick, hrtime: process.hrtime,
        memoryUsage: process.memoryUsage, cwd: () => '/' },
    }, this.timerFunctions(), extra);
    const ctx = vm.createContext(sandbox);
    const realDate = vm.runInContext('Date', ctx);
    ctx.Date = frozenDate(realDate);
    vm.runInContext('Math', ctx).random = random;
    ctx.global = ctx;
    ctx.globalThis = ctx;
    return ctx;
  }

  // `require` for the sandbox: fakes for network clients, Node core modules, and the npm
  // packages from the cache at the version this side asked for.
  require(versioned, dependencies) {
    const run = this;
    const fakes = {
      request: () => run.network.request(false),
      'request-promise': () => run.network.request(true),
      'request-promise-native': () => run.network.request(true),
      axios: () => run.network.axios(),
      'node-fetch': () => run.network.fetch(),
      auth0: () => run.network.auth0Module(run.management),
      http: () => run.network.http(realHttp, 'http'),
      https: () => run.network.http(realHttps, 'https'),
    };
    const cache = {};
    return function require(spec) {
      spec = String(spec);
      const m = /^(@[^/@]+\/[^/@]+|[^/@]+)(?:@([^/]+))?(\/.*)?$/.exec(spec);
      if (!m) throw notFound(spec);
      let [, name, version, sub] = m;
      if (version && !versioned) throw notFound(spec);
      sub = sub || '';
      if (!versioned) version = (dependencies && dependencies[name]) || '';
      version = version || '';
      const bare = name.replace(/^node:/, '');
      const key = bare + '@' + version + sub;
      if (key in cache) return cache[key];
      let value;
      if (!sub && fakes[bare]) value = fakes[bare]();
      else if (name.startsWith('node:') || builtinModules.includes(bare)) {
        if (!sub && (bare === 'http' || bare === 'https')) value = fakes[bare]();
        else value = nodeRequire(bare + sub);
      } else {
        const versions = run.job.modules[bare] || {};
        const dir = versions[version];
        if (!dir) {
          run.missing.push(bare + (version ? '@' + version : ''));
          throw notFound(spec);
        }
        try {
          value = createRequire(path.join(dir, 'package.json'))(path.join(dir, sub));
        } catch (error) {
          if (error && error.code === 'ERR_REQUIRE_ESM') {
            run.missing.push(`${bare}${version ? '@' + version : ''} (an ES module, which this Node version cannot require)`);
          }
          throw error;
        }
      }
      cache[key] = value;
      return value;
    };
  }

  cleanup() {
    for (const handle of this.timers) {
      clearTimeout(handle);
      clearInterval(handle);
      clearImmediate(handle);
    }
    this.timers.clear();
  }
}

function notFound(spec) {
  const error = new Error(`Cannot find module '${spec}'`);
  error.code = 'MODULE_NOT_FOUND';
  return error;
}

function message(error) {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

function reset(scenario) {
  seed = Number(scenario.seed || 1);
  clock.now = scenario.now ? Date.parse(scenario.now) : Date.parse('2026-01-01T00:00:00.000Z');
}

// Waits for `start(finish)` to call finish(result), or for the time limit.
function race(run, timeoutMs, start, onTimeout) {
  return new Promise((resolve) => {
    let timer = null;
    const finish = (result) => {
      if (run.finished) return;
      run.finished = true;
      clearTimeout(timer);
      // Let the code that is running right now finish (e.g. statements after `callback`).
      setImmediate(() => {
        run.cleanup();
        resolve(result());
      });
    };
    timer = setTimeout(() => finish(onTimeout), timeoutMs);
    currentRun = run;
    try {
      start(finish);
    } catch (error) {
      // start() reports synchronous throws itself; this is a harness bug.
      finish(() => ({ harnessError: String(error && error.stack || error) }));
    }
  });
}

// ---------------------------------------------------------------------------------------
// Rules side
// ---------------------------------------------------------------------------------------
async function runRule(job, kase, scenario, pass, state) {
  const run = new Run(job, scenario, 'rule');
  const requireFn = run.require(true);
  const user = clone(scenario.user || {});
  if (pass === 'continue') {
    // The user is read again: what the first pass persisted.
    for (const kind of ['app_metadata', 'user_metadata']) {
      if (user[kind] !== undefined || Object.keys(state[kind]).length) user[kind] = clone(state[kind]);
    }
  }
  // Rules merged app_metadata's keys into the root of `user` (reference §2); root wins.
  if (user.app_metadata && typeof user.app_metadata === 'object') {
    for (const [key, value] of Object.entries(user.app_metadata)) {
      if (!(key in user)) user[key] = clone(value);
    }
  }
  const context = clone(scenario.context || {});
  context.idToken = {};
  context.accessToken = { scope: (scenario.requested_scopes || []).slice() };
  context.samlConfiguration = clone(scenario.saml_configuration || {});
  if (pass === 'continue') {
    context.original_protocol = context.protocol;
    context.protocol = 'redirect-callback';
    context.request = Object.assign({}, context.request || {}, {
      query: clone(scenario.continue.query || {}),
      body: clone(scenario.continue.body || {}),
    });
  }
  const tenant = context.tenant || 'example';
  const domain = (scenario.auth0 && scenario.auth0.domain) || `${tenant}.auth0.com`;
  const persisted = pass === 'continue'
    ? { app_metadata: state.app_metadata, user_metadata: state.user_metadata }
    : { app_metadata: clone(user.app_metadata || {}), user_metadata: clone(user.user_metadata || {}) };
  const management = run.management;
  const update = (kind) => (userId, data, cb) => {
    if (String(userId) === String(user.user_id)) persist(persisted[kind], data);
    else management.push({ method: 'MANAGEMENT', url: `users.${kind === 'app_metadata' ? 'updateAppMetadata' : 'updateUserMetadata'}`, body: normalise([userId, data]) });
    const result = Object.assign(clone(user), { [kind]: clone(persisted[kind]) });
    if (typeof cb === 'function') {
      process.nextTick(() => cb(null, result));
      return undefined;
    }
    return Promise.resolve(result);
  };
  const auth0Users = new Proxy({ updateAppMetadata: update('app_metadata'), updateUserMetadata: update('user_metadata') }, {
    get(target, key) {
      if (key in target || typeof key === 'symbol') return target[key];
      return (...args) => {
        management.push({ method: 'MANAGEMENT', url: 'users.' + String(key), body: normalise(args.filter((a) => typeof a !== 'function')) });
        const cb = args.length && typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
        if (cb) return void process.nextTick(() => cb(null, {}));
        return Promise.resolve({});
      };
    },
  });
  const auth0 = { users: auth0Users, accessToken: 'fake-management-api-token', domain,
    baseUrl: `https://${domain}/api/v2` };
  const ctx = run.context({ configuration: clone(scenario.configuration || {}), auth0, require: requireFn });
  vm.runInContext(UnauthorizedErrorSource, ctx);
  // The Rules sandbox's bare globals, loaded on first use.
  for (const [name, module] of Object.entries(Object.assign({ request: 'request' }, job.sandbox || {}))) {
    delete ctx[name]; // `crypto` is Node's crypto module in Rules, not Web Crypto
    let loaded;
    let done = false;
    Object.defineProperty(ctx, name, {
      configurable: true,
      get: () => {
        if (!done) {
          loaded = requireFn(module);
          done = true;
        }
        return loaded;
      },
      set: (value) => {
        loaded = value;
        done = true;
      },
    });
  }
  const timeoutMs = job.timeout_ms;
  const result = await race(run, timeoutMs, (finish) => {
    let called = false;
    const done = (outcome) => finish(() => {
      return rulesEffects(outcome, user, persisted, run, scenario);
    });
    const callback = function (error, u, c) {
      if (called) return;
      called = true;
      if (error) done({ error });
      else done({ context: c && typeof c === 'object' ? c : context, user: u });
    };
    run.onCrash = (error) => {
      if (!called) {
        called = true;
        done({ error: new Error(message(error)) });
      }
    };
    let returned;
    try {
      vm.runInContext('var __r2a_rule;\n' + kase.rule.code, ctx, { filename: kase.rule.filename, timeout: timeoutMs, lineOffset: -1 });
      if (typeof ctx.__r2a_rule !== 'function') throw new Error('the rule function was not found');
      ctx.__r2a_args = [user, context, callback];
      returned = vm.runInContext('__r2a_rule.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
    } catch (error) {
      run.onCrash(error);
      return;
    }
    if (returned && typeof returned.then === 'function') {
      returned.then(undefined, (error) => run.onCrash(error));
    }
  }, () => rulesEffects({ timeout: 'rule never called back' }, user, persisted, run, scenario));
  currentRun = null;
  return { result, run, persisted };
}

async function verifyRuleSide(job, kase, scenario) {
  const first = await runRule(job, kase, scenario, 'first', null);
  const effects = first.result;
  if (effects.harnessError) return { harness_error: effects.harnessError };
  const logs = first.run.logs.slice();
  const missing = first.run.missing.slice();
  effects.continue = null;
  if (effects.outcome === 'allowed' && effects.redirect && scenario.continue) {
    const second = await runRule(job, kase, scenario, 'continue', first.persisted);
    if (second.result.harnessError) return { harness_error: second.result.harnessError };
    second.result.redirect = null; // ignored on the continue pass
    delete second.result.continue;
    effects.continue = second.result;
    logs.push(...second.run.logs);
    missing.push(...second.run.missing);
    effects.app_metadata = second.result.app_metadata;
    effects.user_metadata = second.result.user_metadata;
  }
  return { effects, logs, missing };
}

// ---------------------------------------------------------------------------------------
// Actions side
// ---------------------------------------------------------------------------------------
async function runAction(job, kase, scenario, pass, carried) {
  const run = new Run(job, scenario, 'action');
  const requireFn = run.require(false, kase.action.dependencies || {});
  const event = buildEvent(scenario, pass, carried);
  const state = makeApi(event, scenario, pass, carried);
  const ctx = run.context({});
  const timeoutMs = job.timeout_ms;
  const result = await race(run, timeoutMs, (finish) => {
    let settled = false;
    const done = (error) => {
      if (settled) return;
      settled = true;
      if (error !== undefined) state.thrown(message(error));
      finish(() => actionsEffects(state, run));
    };
    run.onCrash = (error) => done(error);
    let returned;
    try {
      const module = { exports: {} };
      const fn = vm.compileFunction(kase.action.code, ['exports', 'require', 'module', '__filename', '__dirname'],
        { parsingContext: ctx, filename: kase.action.filename });
      ctx.__r2a_fn = fn;
      ctx.__r2a_args = [module.exports, requireFn, module, kase.action.filename, path.dirname(kase.action.filename)];
      vm.runInContext('__r2a_fn.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
      const name = pass === 'continue' ? 'onContinuePostLogin' : 'onExecutePostLogin';
      const handler = module.exports && module.exports[name];
      if (typeof handler !== 'function') {
        throw new Error(`the Action does not export ${name}`);
      }
      ctx.__r2a_handler = handler;
      ctx.__r2a_args = [event, state.api];
      returned = vm.runInContext('__r2a_handler.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
    } catch (error) {
      done(error);
      return;
    }
    Promise.resolve(returned).then(() => done(undefined), (error) => done(error === undefined ? new Error('undefined') : error));
  }, () => {
    state.timedOut('action never finished');
    return actionsEffects(state, run);
  });
  currentRun = null;
  return { result, run, state };
}

async function verifyActionSide(job, kase, scenario) {
  const first = await runAction(job, kase, scenario, 'first', null);
  const effects = first.result;
  if (effects.harnessError) return { harness_error: effects.harnessError };
  const logs = first.run.logs.slice();
  const missing = first.run.missing.slice();
  effects.continue = null;
  if (effects.outcome === 'allowed' && effects.redirect && scenario.continue) {
    const second = await runAction(job, kase, scenario, 'continue', first.state);
    if (second.result.harnessError) return { harness_error: second.result.harnessError };
    delete second.result.continue;
    second.result.redirect = null;
    effects.continue = second.result;
    logs.push(...second.run.logs);
    missing.push(...second.run.missing);
    effects.app_metadata = second.result.app_metadata;
    effects.user_metadata = second.result.user_metadata;
  }
  return { effects, logs, missing };
}

// ---------------------------------------------------------------------------------------
// Hooks: the Hook in a webtask-like sandbox, its Action with the trigger's event and api
// ---------------------------------------------------------------------------------------
async function runHook(job, kase, scenario) {
  const trigger = kase.trigger;
  const run = new Run(job, scenario, 'hook');
  const requireFn = run.require(true);
  const storageWrites = [];
  const webtask = hooks.webtaskContext(trigger, scenario, storageWrites);
  const args = hooks.hookArguments(trigger, scenario, webtask);
  const ctx = run.context({ require: requireFn });
  vm.runInContext(hooks.errorPrelude(trigger), ctx);
  const timeoutMs = job.timeout_ms;
  const result = await race(run, timeoutMs, (finish) => {
    let called = false;
    const done = (outcome) => finish(() => hooks.hookEffects(trigger, outcome, scenario, run, storageWrites));
    const cb = function (error, data) {
      if (called) return; // only the first call counts
      called = true;
      if (error) done({ error });
      else done({ data });
    };
    run.onCrash = (error) => {
      if (!called) {
        called = true;
        done({ error: error instanceof Error || (error && error.message) ? error : new Error(message(error)) });
      }
    };
    let returned;
    try {
      const module = { exports: {} };
      const fn = vm.compileFunction(kase.hook.code, ['exports', 'require', 'module', '__filename', '__dirname'],
        { parsingContext: ctx, filename: kase.hook.filename });
      ctx.__r2a_fn = fn;
      ctx.__r2a_args = [module.exports, requireFn, module, kase.hook.filename, path.dirname(kase.hook.filename)];
      vm.runInContext('__r2a_fn.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
      if (typeof module.exports !== 'function') throw new Error('the Hook does not export a function');
      ctx.__r2a_hook = module.exports;
      ctx.__r2a_args = args.concat([cb]);
      returned = vm.runInContext('__r2a_hook.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
    } catch (error) {
      run.onCrash(error);
      return;
    }
    if (returned && typeof returned.then === 'function') {
      returned.then(undefined, (error) => run.onCrash(error));
    }
  }, () => hooks.hookEffects(trigger, { timeout: 'hook never called back' }, scenario, run, storageWrites));
  currentRun = null;
  if (result.harnessError) return { harness_error: result.harnessError };
  return { effects: result, logs: run.logs.slice(), missing: run.missing.slice() };
}

async function runHookAction(job, kase, scenario) {
  const trigger = kase.trigger;
  const run = new Run(job, scenario, 'action');
  const requireFn = run.require(false, kase.action.dependencies || {});
  const event = hooks.hookEvent(trigger, scenario);
  const state = hooks.hookApi(trigger, event, scenario, new Set(job.restricted_claims || []));
  const ctx = run.context({});
  const timeoutMs = job.timeout_ms;
  const name = hooks.TRIGGERS[trigger].handler;
  const result = await race(run, timeoutMs, (finish) => {
    let settled = false;
    const done = (error) => {
      if (settled) return;
      settled = true;
      finish(() => hooks.actionEffects(trigger, state, run, error));
    };
    run.onCrash = (error) => done(error === undefined ? new Error('undefined') : error);
    let returned;
    try {
      const module = { exports: {} };
      const fn = vm.compileFunction(kase.action.code, ['exports', 'require', 'module', '__filename', '__dirname'],
        { parsingContext: ctx, filename: kase.action.filename });
      ctx.__r2a_fn = fn;
      ctx.__r2a_args = [module.exports, requireFn, module, kase.action.filename, path.dirname(kase.action.filename)];
      vm.runInContext('__r2a_fn.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
      const handler = module.exports && module.exports[name];
      if (typeof handler !== 'function') throw new Error(`the Action does not export ${name}`);
      ctx.__r2a_handler = handler;
      ctx.__r2a_args = [event, state.api];
      returned = vm.runInContext('__r2a_handler.apply(undefined, __r2a_args)', ctx, { timeout: timeoutMs });
    } catch (error) {
      done(error);
      return;
    }
    Promise.resolve(returned).then(() => done(undefined), (error) => done(error === undefined ? new Error('undefined') : error));
  }, () => hooks.actionEffects(trigger, state, run, undefined, 'action never finished'));
  currentRun = null;
  if (result.harnessError) return { harness_error: result.harnessError };
  return { effects: result, logs: run.logs.slice(), missing: run.missing.slice() };
}

// ---------------------------------------------------------------------------------------
async function main() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 18) throw new Error(`Node.js >= 18 is needed; this is ${process.version}`);
  const input = process.argv[2] ? fs.readFileSync(process.argv[2], 'utf8') : fs.readFileSync(0, 'utf8');
  const job = JSON.parse(input);
  job.timeout_ms = job.timeout_ms || 5000;
  job.modules = job.modules || {};
  setDocumentedUserFields(job.user_fields || []);
  setRestrictedClaims(job.restricted_claims || []);
  const output = { cases: [] };
  for (const kase of job.cases) {
    const out = { id: kase.id, scenarios: [] };
    for (const scenario of kase.scenarios) {
      if (kase.trigger) {
        reset(scenario);
        const hook = await runHook(job, kase, scenario);
        reset(scenario);
        const action = await runHookAction(job, kase, scenario);
        out.scenarios.push({ name: scenario.name, rule: hook, action });
        continue;
      }
      reset(scenario);
      const rule = await verifyRuleSide(job, kase, scenario);
      reset(scenario);
      const action = await verifyActionSide(job, kase, scenario);
      out.scenarios.push({ name: scenario.name, rule, action });
    }
    output.cases.push(out);
  }
  const text = JSON.stringify(output);
  process.stdout.write(text + '\n', () => process.exit(0));
}

main().catch((error) => {
  process.stderr.write((error && error.stack) || String(error));
  process.stderr.write('\n');
  process.exit(3);
});

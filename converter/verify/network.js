'use strict';
// Fake network clients for `rules2actions verify`: every outbound call is recorded and
// answered from the scenario's canned responses; nothing ever reaches the network.
// An unmatched call fails like a refused connection, identically on both sides.

const { EventEmitter } = require('events');
const { Readable } = require('stream');
const realHttp = require('http');
const realHttps = require('https');

function globToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp('^' + escaped + '$');
}

function normaliseBody(body) {
  if (body === undefined || body === null || body === '') return null;
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch (e) {
      return body;
    }
  }
  if (Buffer.isBuffer(body)) return normaliseBody(body.toString('utf8'));
  if (body && typeof body.toString === 'function' && body.constructor &&
      body.constructor.name === 'URLSearchParams') {
    return body.toString();
  }
  try {
    return JSON.parse(JSON.stringify(body));
  } catch (e) {
    return String(body);
  }
}

function formEncode(form) {
  if (typeof form === 'string') return form;
  return new URLSearchParams(
    Object.entries(form).map(([k, v]) => [k, v === undefined ? '' : String(v)])).toString();
}

function appendQuery(url, qs) {
  if (!qs || typeof qs !== 'object' || !Object.keys(qs).length) return url;
  const query = new URLSearchParams(
    Object.entries(qs).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
    .toString();
  return url + (url.includes('?') ? '&' : '?') + query;
}

// Canned answers arrive after this delay, like a real response would: code that runs after
// an Action has finished (a callback of a call it did not await) has no effect.
const LATENCY_MS = 20;

class Network {
  constructor(canned, calls, schedule) {
    this.schedule = schedule || ((fn) => setTimeout(fn, LATENCY_MS));
    this.canned = (canned || []).map((entry) => ({
      entry,
      method: entry.method ? String(entry.method).toUpperCase() : null,
      url: entry.url_regex ? new RegExp(entry.url_regex) : globToRegExp(String(entry.url || '*')),
    }));
    this.calls = calls;
  }

  // Records the call and returns {status, headers, body} or throws a connection error.
  answer(method, url, body) {
    method = String(method || 'GET').toUpperCase();
    url = String(url);
    const call = { method, url, body: normaliseBody(body) };
    const bare = url.split('?')[0];
    const found = this.canned.find(
      (c) => (!c.method || c.method === method) && (c.url.test(url) || c.url.test(bare)));
    if (!found) {
      call.unmatched = true;
      this.calls.push(call);
      const error = new Error(
        `connect ECONNREFUSED (rules2actions verify: no canned response for ${method} ${url})`);
      error.code = 'ECONNREFUSED';
      error.errno = -111;
      error.syscall = 'connect';
      throw error;
    }
    this.calls.push(call);
    const entry = found.entry;
    const headers = {};
    for (const [k, v] of Object.entries(entry.headers || {})) headers[k.toLowerCase()] = String(v);
    let text;
    if (entry.body === undefined || entry.body === null) text = '';
    else if (typeof entry.body === 'string') text = entry.body;
    else {
      text = JSON.stringify(entry.body);
      if (!headers['content-type']) headers['content-type'] = 'application/json';
    }
    return { status: entry.status === undefined ? 200 : Number(entry.status), headers, text };
  }

  // --- request / request-promise -------------------------------------------------------
  request(promiseStyle) {
    const net = this;
    const make = (defaults) => {
      function normalise(uri, options, callback) {
        if (typeof options === 'function') {
          callback = options;
          options = {};
        }
        let params;
        if (typeof uri === 'object' && uri !== null) params = Object.assign({}, uri, options);
        else params = Object.assign({}, options, { uri });
        params = Object.assign({}, defaults, params);
        if (typeof callback !== 'function' && typeof params.callback === 'function') {
          callback = params.callback;
        }
        return { params, callback };
      }
      function perform(params) {
        let url = params.url || params.uri;
        if (url && typeof url === 'object' && url.href) url = url.href;
        if (params.baseUrl) url = params.baseUrl.replace(/\/$/, '') + '/' + String(url).replace(/^\//, '');
        url = appendQuery(String(url), params.qs);
        const method = (params.method || 'GET').toUpperCase();
        let body;
        if (params.form !== undefined) body = formEncode(params.form);
        else if (params.json !== undefined && typeof params.json !== 'boolean') body = params.json;
        else if (params.body !== undefined) body = params.body;
        const answer = net.answer(method, url, body);
        let parsed = answer.text;
        if (params.json) {
          try {
            parsed = answer.text === '' ? undefined : JSON.parse(answer.text);
          } catch (e) {
            parsed = answer.text;
          }
        }
        const response = {
          statusCode: answer.status,
          statusMessage: realHttp.STATUS_CODES[answer.status] || '',
          headers: answer.headers,
          body: parsed,
          request: { uri: { href: url }, method },
        };
        return { response, body: parsed };
      }
      function request(uri, options, callback) {
        const { params, callback: cb } = normalise(uri, options, callback);
        if (promiseStyle) {
          let outcome;
          try {
            outcome = { result: perform(params) };
          } catch (error) {
            outcome = { error };
          }
          return new Promise((resolve, reject) => net.schedule(() => {
            const result = outcome.result;
            if (outcome.error) {
              const error = outcome.error;
              const wrapped = new Error(String(error));
              wrapped.name = 'RequestError';
              wrapped.cause = error;
              wrapped.error = error;
              return reject(wrapped);
            }
            const { response, body } = result;
            const simple = params.simple !== false;
            if (simple && !(response.statusCode >= 200 && response.statusCode < 300)) {
              const error = new Error(response.statusCode + ' - ' + JSON.stringify(body));
              error.name = 'StatusCodeError';
              error.statusCode = response.statusCode;
              error.error = body;
              error.response = response;
              return reject(error);
            }
            resolve(params.resolveWithFullResponse ? response : body);
          }));
        }
        const emitter = new EventEmitter();
        let result;
        let failure;
        try {
          result = perform(params);
        } catch (error) {
          failure = error;
        }
        net.schedule(() => {
          if (failure) {
            if (cb) return cb(failure);
            return emitter.emit('error', failure);
          }
          if (cb) cb(null, result.response, result.body);
          emitter.emit('response', result.response);
          emitter.emit('complete', result.response, result.body);
        });
        return emitter;
      }
      const verbs = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', del: 'DELETE',
        delete: 'DELETE', head: 'HEAD', options: 'OPTIONS' };
      for (const [name, method] of Object.entries(verbs)) {
        request[name] = (uri, options, callback) => {
          const { params, callback: cb } = normalise(uri, options, callback);
          params.method = method;
          return request(params, cb);
        };
      }
      request.defaults = (more) => make(Object.assign({}, defaults, more));
      request.jar = () => ({});
      return request;
    };
    return make({});
  }

  // --- axios ---------------------------------------------------------------------------
  axios() {
    const net = this;
    const create = (defaults) => {
      function run(config) {
        config = Object.assign({}, defaults, config);
        config.headers = Object.assign({}, defaults.headers || {}, config.headers || {});
        let url = config.url || '';
        if (config.baseURL && !/^https?:/i.test(url)) {
          url = config.baseURL.replace(/\/$/, '') + '/' + url.replace(/^\//, '');
        }
        url = appendQuery(url, config.params);
        const method = (config.method || 'get').toUpperCase();
        let answer;
        let failure;
        try {
          answer = net.answer(method, url, config.data);
        } catch (error) {
          failure = error;
        }
        return new Promise((resolve, reject) => net.schedule(() => {
          if (failure) {
            failure.isAxiosError = true;
            failure.config = config;
            return reject(failure);
          }
          let data = answer.text;
          try {
            data = answer.text === '' ? '' : JSON.parse(answer.text);
          } catch (e) {
            data = answer.text;
          }
          const response = { data, status: answer.status,
            statusText: realHttp.STATUS_CODES[answer.status] || '', headers: answer.headers, config };
          const valid = config.validateStatus === undefined
            ? (s) => s >= 200 && s < 300 : config.validateStatus;
          if (!valid || valid(answer.status)) return resolve(response);
          const error = new Error('Request failed with status code ' + answer.status);
          error.isAxiosError = true;
          error.response = response;
          error.config = config;
          error.code = answer.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST';
          reject(error);
        }));
      }
      function axios(urlOrConfig, config) {
        if (typeof urlOrConfig === 'string') return run(Object.assign({}, config, { url: urlOrConfig }));
        return run(urlOrConfig || {});
      }
      axios.request = (config) => run(config);
      for (const m of ['get', 'delete', 'head', 'options']) {
        axios[m] = (url, config) => run(Object.assign({}, config, { url, method: m }));
      }
      for (const m of ['post', 'put', 'patch']) {
        axios[m] = (url, data, config) => run(Object.assign({}, config, { url, data, method: m }));
      }
      axios.create = (more) => create(Object.assign({}, defaults, more));
      axios.defaults = defaults;
      axios.interceptors = { request: { use() {}, eject() {} }, response: { use() {}, eject() {} } };
      axios.isAxiosError = (e) => !!(e && e.isAxiosError);
      axios.default = axios;
      return axios;
    };
    return create({ headers: {} });
  }

  // --- fetch / node-fetch --------------------------------------------------------------
  fetch() {
    const net = this;
    function headersObject(map) {
      return {
        get: (name) => (map[String(name).toLowerCase()] === undefined ? null : map[String(name).toLowerCase()]),
        has: (name) => map[String(name).toLowerCase()] !== undefined,
        forEach: (fn) => Object.entries(map).forEach(([k, v]) => fn(v, k)),
        entries: () => Object.entries(map)[Symbol.iterator](),
        raw: () => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [v]])),
      };
    }
    function fetch(input, init) {
      init = init || {};
      const url = typeof input === 'string' ? input : (input && (input.url || input.href)) || String(input);
      const method = (init.method || (input && input.method) || 'GET').toUpperCase();
      let answer;
      let refused;
      try {
        answer = net.answer(method, url, init.body);
      } catch (error) {
        refused = error;
      }
      return new Promise((resolve, reject) => net.schedule(() => {
        if (refused) {
          const failure = new TypeError('fetch failed');
          failure.cause = refused;
          return reject(failure);
        }
        let used = false;
        const text = () => {
          used = true;
          return Promise.resolve(answer.text);
        };
        resolve({
          ok: answer.status >= 200 && answer.status < 300,
          status: answer.status,
          statusText: realHttp.STATUS_CODES[answer.status] || '',
          url,
          redirected: false,
          headers: headersObject(answer.headers),
          get bodyUsed() { return used; },
          text,
          json: () => text().then((t) => JSON.parse(t)),
          buffer: () => text().then((t) => Buffer.from(t)),
          arrayBuffer: () => text().then((t) => new TextEncoder().encode(t).buffer),
          clone() { return this; },
        });
      }));
    }
    fetch.default = fetch;
    fetch.isRedirect = (code) => [301, 302, 303, 307, 308].includes(code);
    return fetch;
  }

  // --- http / https --------------------------------------------------------------------
  http(real, scheme) {
    const net = this;
    function request(urlOrOptions, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      }
      let opts;
      if (typeof urlOrOptions === 'string' || urlOrOptions instanceof URL) {
        const u = new URL(String(urlOrOptions));
        opts = Object.assign({ protocol: u.protocol, hostname: u.hostname, port: u.port,
          path: u.pathname + u.search }, options || {});
      } else {
        opts = Object.assign({}, urlOrOptions, options || {});
      }
      const protocol = opts.protocol || scheme + ':';
      const host = opts.hostname || opts.host || 'localhost';
      const port = opts.port ? ':' + opts.port : '';
      const url = `${protocol}//${host}${port}${opts.path || '/'}`;
      const method = (opts.method || 'GET').toUpperCase();
      const req = new EventEmitter();
      const chunks = [];
      if (callback) req.on('response', callback);
      req.write = (chunk) => {
        if (chunk !== undefined) chunks.push(Buffer.from(chunk));
        return true;
      };
      req.setHeader = () => {};
      req.getHeader = () => undefined;
      req.setTimeout = () => req;
      req.abort = req.destroy = () => {};
      req.end = (chunk) => {
        if (chunk !== undefined && typeof chunk !== 'function') req.write(chunk);
        let answer;
        let failure;
        try {
          answer = net.answer(method, url, chunks.length ? Buffer.concat(chunks) : undefined);
        } catch (error) {
          failure = error;
        }
        net.schedule(() => {
          if (failure) return req.emit('error', failure);
          const res = Readable.from(answer.text ? [Buffer.from(answer.text)] : []);
          res.statusCode = answer.status;
          res.statusMessage = realHttp.STATUS_CODES[answer.status] || '';
          res.headers = answer.headers;
          req.emit('response', res);
        });
        return req;
      };
      return req;
    }
    function get(urlOrOptions, options, callback) {
      const req = request(urlOrOptions, options, callback);
      req.end();
      return req;
    }
    return Object.assign(Object.create(real), { request, get });
  }

  // --- the auth0 npm package: ManagementClient / AuthenticationClient ------------------
  auth0Module(management) {
    const record = (path, args) => {
      const call = { method: 'MANAGEMENT', url: path, body: normaliseBody(args.filter((a) => typeof a !== 'function')) };
      management.push(call);
    };
    const proxy = (path) => new Proxy(function () {}, {
      get(target, key) {
        if (key === 'then' || typeof key === 'symbol') return undefined;
        return proxy(path ? path + '.' + String(key) : String(key));
      },
      apply(target, self, args) {
        record(path, args);
        const cb = args.length && typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
        if (cb) {
          process.nextTick(() => cb(null, {}));
          return undefined;
        }
        return Promise.resolve({ data: {} });
      },
    });
    function client(kind) {
      // The constructor is not recorded: Rules passed `auth0.accessToken`, Actions pass
      // M2M credentials from secrets; only the calls made are effects.
      return function Client() {
        return proxy(kind);
      };
    }
    return { ManagementClient: client('ManagementClient'),
      AuthenticationClient: client('AuthenticationClient') };
  }
}

module.exports = { Network, normaliseBody, realHttp, realHttps, LATENCY_MS };

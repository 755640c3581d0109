'use strict';
// Turning values from either realm into plain JSON data, the way Auth0 serialises them.

function normalise(value) {
  const seen = new Set();
  const walk = (v) => {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return undefined;
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'bigint') return v.toString();
    if (typeof v.toJSON === 'function') return walk(v.toJSON());
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    let out;
    if (Array.isArray(v)) {
      out = v.map((item) => {
        const w = walk(item);
        return w === undefined ? null : w;
      });
    } else {
      out = {};
      for (const key of Object.keys(v)) {
        const w = walk(v[key]);
        if (w !== undefined) out[key] = w;
      }
    }
    seen.delete(v);
    return out;
  };
  const result = walk(value);
  return result === undefined ? null : result;
}

function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function scopes(value) {
  let list = [];
  if (Array.isArray(value)) list = value.map(String);
  else if (typeof value === 'string') list = value.split(/\s+/).filter(Boolean);
  return Array.from(new Set(list)).sort();
}

// {url, query}: the query of the URL itself and the `query` option, merged.
function redirect(url, query) {
  const extra = {};
  for (const [k, v] of Object.entries(query || {})) extra[k] = v === undefined ? undefined : String(v);
  try {
    const parsed = new URL(String(url));
    const merged = {};
    for (const [k, v] of parsed.searchParams) merged[k] = v;
    Object.assign(merged, extra);
    return normalise({ url: parsed.origin + parsed.pathname + parsed.hash, query: merged });
  } catch (e) {
    return normalise({ url: String(url), query: extra });
  }
}

const DUO_KEYS = ['host', 'ikey', 'skey', 'username'];

// MFA in one shape: {provider, options: {allowRememberBrowser, providerOptions?, ...}}.
// An omitted allowRememberBrowser defaults to true in Rules and to false in Actions.
function mfa(provider, options, fromRules) {
  options = Object.assign({}, options || {});
  const out = { allowRememberBrowser: options.allowRememberBrowser === undefined
    ? fromRules : !!options.allowRememberBrowser };
  delete options.allowRememberBrowser;
  if (fromRules) {
    const providerOptions = {};
    for (const key of DUO_KEYS) {
      if (key in options) {
        providerOptions[key] = options[key];
        delete options[key];
      }
    }
    if (Object.keys(providerOptions).length) out.providerOptions = providerOptions;
  }
  Object.assign(out, options);
  return normalise({ provider: provider === undefined ? null : provider, options: out });
}

function getPath(object, path) {
  if (typeof path !== 'string') return path;
  let value = object;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = value[part];
  }
  return value;
}

module.exports = { normalise, clone, scopes, redirect, mfa, getPath };

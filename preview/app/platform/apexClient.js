// @salesforce/apex/<Class>.<method> in the preview. Each import is a function that POSTs to the
// preview server (/apex/<Class>.<method>), which answers from the in-memory demo org. Like the
// platform:
//  - a failed call rejects with the object LWC code receives ({ status, statusText, ok: false,
//    body: { message, exceptionType, ... } }), never a bare Error;
//  - cacheable methods are also wire adapters (`.adapter`), their results are cached per
//    parameters on the client, shared by @wire and imperative calls, and refreshed only by
//    refreshApex; wired data is read-only (frozen).
import { session } from './session.js';
import { reportPlatformEvent } from './events.js';

const cache = new Map(); // `${name}:${params}` → Promise of the result
const adaptersByKey = new Map(); // cache key → Set of connected wire adapters
const originOfValue = new WeakMap(); // provisioned { data, error } → adapter that provisioned it

function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/** Parameters as Apex receives them: a stable key, undefined members dropped. */
function canonical(params) {
  const clean = {};
  for (const key of Object.keys(params || {}).sort()) {
    if (params[key] !== undefined) clean[key] = params[key];
  }
  return clean;
}

async function callServer(name, params) {
  let response;
  try {
    response = await fetch(`/apex/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-preview-user': session.userId },
      body: JSON.stringify(params)
    });
  } catch (e) {
    throw {
      status: 0,
      statusText: 'Network Error',
      ok: false,
      headers: {},
      body: { message: `The preview server did not answer: ${e && e.message}` }
    };
  }
  const payload = await response.json();
  reportPlatformEvent('apex', {
    method: name,
    params,
    status: payload.error ? payload.error.status : 200
  });
  if (payload.error) {
    throw payload.error;
  }
  return payload.returnValue;
}

function cached(name, params, { refresh = false } = {}) {
  const key = `${name}:${JSON.stringify(params)}`;
  if (refresh || !cache.has(key)) {
    const pending = callServer(name, params).then(deepFreeze);
    // A failure is not cached: the next call asks the server again.
    pending.catch(() => cache.get(key) === pending && cache.delete(key));
    cache.set(key, pending);
  }
  return { key, pending: cache.get(key) };
}

/** Builds what `import m from '@salesforce/apex/<name>'` gives the component. */
export function apexMethod(name, { cacheable = false } = {}) {
  function invoke(params) {
    const clean = canonical(params);
    if (!cacheable) {
      return callServer(name, clean);
    }
    // Imperative calls of cacheable methods read the same client cache as @wire.
    return cached(name, clean).pending.then((data) => structuredClone(data));
  }
  if (cacheable) {
    invoke.adapter = class ApexWireAdapter {
      constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.key = null;
        this.params = null;
        this.connected = false;
        this.sequence = 0;
      }

      connect() {
        this.connected = true;
        this.provision({ data: undefined, error: undefined });
        if (this.params) this.load(false);
      }

      disconnect() {
        this.connected = false;
        adaptersByKey.get(this.key)?.delete(this);
      }

      update(config) {
        // Like the platform's Apex wire: no call while a reactive parameter is still undefined.
        if (Object.values(config ?? {}).some((value) => value === undefined)) return;
        this.params = canonical(config);
        if (this.connected) this.load(false);
      }

      load(refresh) {
        adaptersByKey.get(this.key)?.delete(this);
        const { key, pending } = cached(name, this.params, { refresh });
        this.key = key;
        if (!adaptersByKey.has(key)) adaptersByKey.set(key, new Set());
        adaptersByKey.get(key).add(this);
        const mine = ++this.sequence;
        return pending.then(
          (data) => mine === this.sequence && this.provision({ data, error: undefined }),
          (error) => mine === this.sequence && this.provision({ data: undefined, error })
        );
      }

      provision(value) {
        if (!this.connected) return;
        originOfValue.set(value, this);
        this.dataCallback(value);
      }
    };
  }
  Object.defineProperty(invoke, 'name', { value: name.split('.')[1] });
  return invoke;
}

/**
 * Re-runs the Apex call behind a wired value, updates the cache and every wire showing the same
 * method and parameters, and resolves when they have the fresh value.
 */
export function refreshApex(wiredValue) {
  const adapter = originOfValue.get(wiredValue);
  if (!adapter) {
    return Promise.resolve(undefined);
  }
  const { pending } = cached(adapter.key.slice(0, adapter.key.indexOf(':')), adapter.params, {
    refresh: true
  });
  const waiting = [...(adaptersByKey.get(adapter.key) || [])].map((a) => a.load(false));
  return Promise.allSettled([pending, ...waiting]).then(() => undefined);
}

export function getSObjectValue(record, field) {
  const name = typeof field === 'string' ? field : field && field.fieldApiName;
  return name.split('.').reduce((value, part) => (value == null ? undefined : value[part]), record);
}

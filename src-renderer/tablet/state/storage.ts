/** localStorage as JSON, never throwing: a full or disabled storage must not break ordering. */
import { createStore, useStore } from 'zustand';

const PREFIX = 'table-order.tablet.';

export function load<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function save(key: string, value: unknown): void {
  try {
    if (value === null || value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota or private mode: the value lives in memory for this page.
  }
}

/**
 * A zustand store of one value, persisted under `key` as plain JSON (the format earlier
 * versions wrote, so a cart or an outbox from before an update is still found).
 */
export function persistedStore<T>(key: string, fallback: T) {
  const store = createStore<{ value: T }>(() => ({ value: load<T>(key, fallback) }));
  store.subscribe(({ value }) => save(key, value));
  return {
    get: () => store.getState().value,
    set: (value: T) => store.setState({ value }),
    subscribe: (listener: () => void) => store.subscribe(listener),
    use: (): T => useStore(store, (s) => s.value),
  };
}

/** RFC 4122 v4; crypto.randomUUID exists only in secure contexts, and LAN tablets use plain http. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

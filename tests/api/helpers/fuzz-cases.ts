/**
 * The fuzz test's inputs: every endpoint with its method and role, and generators of hostile
 * values, junk JSON, bodies invalid by construction and querystrings. Seeded, so FUZZ_SEED=<n>
 * reproduces a run.
 */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
export const ROUNDS = 3000;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
export const chance = (p: number) => rnd() < p;

export type Role = 'none' | 'garbage' | 'table' | 'kitchen' | 'manager';
interface Endpoint {
  method: string;
  path: string;
  /** A valid-looking body whose fields get mistyped. */
  body?: Record<string, unknown>;
  /** Changes data without a body: only ever called with ids that cannot exist. */
  mutatesByParam?: boolean;
  /** Never with a valid token (streams that stay open, logout, backups that write files). */
  anonymousOnly?: boolean;
}

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/api/tls' },
  { method: 'GET', path: '/api/tls/check' },
  { method: 'GET', path: '/tls/store-ca.crt' },
  {
    method: 'POST',
    path: '/api/setup',
    body: { store_code: 'x', store_name: 'x', username: 'x', password: 'xxxx' },
  },
  {
    method: 'POST',
    path: '/api/admin/login',
    body: { store_code: 'demo', username: 'admin', password: 'nope' },
  },
  { method: 'POST', path: '/api/admin/logout', anonymousOnly: true },
  {
    method: 'POST',
    path: '/api/table/login',
    body: { store_code: 'demo', table_number: 1, password: 'nope' },
  },
  { method: 'POST', path: '/api/table/pair', body: { pairing_code: '123456' } },
  { method: 'POST', path: '/api/table/device-login', body: { device_key: 'x'.repeat(43) } },
  { method: 'GET', path: '/api/menus' },
  { method: 'GET', path: '/api/menus/:id' },
  {
    method: 'POST',
    path: '/api/orders',
    body: { client_order_id: 'x', items: [{ menu_id: 1, quantity: 1 }] },
  },
  { method: 'GET', path: '/api/orders' },
  { method: 'GET', path: '/api/table/events', anonymousOnly: true },
  { method: 'GET', path: '/api/admin/events', anonymousOnly: true },
  { method: 'GET', path: '/api/admin/dashboard' },
  { method: 'GET', path: '/api/admin/orders' },
  { method: 'GET', path: '/api/admin/orders/:id' },
  { method: 'PUT', path: '/api/admin/orders/:id/status', body: { status: 'preparing' } },
  {
    method: 'PUT',
    path: '/api/admin/orders/:id/items/:item_id/status',
    body: { status: 'preparing' },
  },
  { method: 'DELETE', path: '/api/admin/orders/:id', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/stations' },
  { method: 'POST', path: '/api/admin/stations', body: { name: 's', display_order: 1 } },
  { method: 'PUT', path: '/api/admin/stations/:id', body: { name: 's2' } },
  { method: 'DELETE', path: '/api/admin/stations/:id', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/printers' },
  { method: 'GET', path: '/api/admin/printer-status' },
  {
    method: 'POST',
    path: '/api/admin/printers',
    body: { name: 'p', host: '127.0.0.1', port: 9, kind: 'kitchen', enabled: false },
  },
  { method: 'PUT', path: '/api/admin/printers/:id', body: { name: 'p2' } },
  { method: 'DELETE', path: '/api/admin/printers/:id', mutatesByParam: true },
  { method: 'POST', path: '/api/admin/printers/:id/test' },
  { method: 'GET', path: '/api/admin/print-jobs' },
  { method: 'POST', path: '/api/admin/print-jobs/:id/reprint' },
  { method: 'POST', path: '/api/admin/tables/:id/print-bill', body: { open_drawer: false } },
  { method: 'GET', path: '/api/admin/tables' },
  { method: 'POST', path: '/api/admin/tables', body: { table_number: 500, password: 'pass-1234' } },
  { method: 'PUT', path: '/api/admin/tables/:id', body: { table_number: 501 } },
  { method: 'DELETE', path: '/api/admin/tables/:id', mutatesByParam: true },
  { method: 'POST', path: '/api/admin/tables/:id/pairing', mutatesByParam: true },
  { method: 'DELETE', path: '/api/admin/tables/:id/devices', mutatesByParam: true },
  { method: 'POST', path: '/api/admin/tables/:id/session/end', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/tables/:id/history' },
  { method: 'GET', path: '/api/admin/history' },
  { method: 'GET', path: '/api/admin/categories' },
  { method: 'POST', path: '/api/admin/categories', body: { name: 'c', display_order: 1 } },
  { method: 'PUT', path: '/api/admin/categories/:id', body: { name: 'c2' } },
  { method: 'DELETE', path: '/api/admin/categories/:id', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/menus' },
  { method: 'GET', path: '/api/admin/menus/:id' },
  { method: 'POST', path: '/api/admin/menus', body: { category_id: 1, name: 'm', price: 1000 } },
  { method: 'PUT', path: '/api/admin/menus/:id', body: { price: 2000 } },
  { method: 'PUT', path: '/api/admin/menus/order', body: { ids: [1, 2] } },
  { method: 'DELETE', path: '/api/admin/menus/:id', mutatesByParam: true },
  { method: 'POST', path: '/api/admin/images', body: {} },
  { method: 'GET', path: '/api/admin/staff' },
  {
    method: 'POST',
    path: '/api/admin/staff',
    body: { username: 's', password: 'pass-1234', role: 'kitchen' },
  },
  { method: 'PUT', path: '/api/admin/staff/:id', body: { password: 'pass-5678' } },
  { method: 'DELETE', path: '/api/admin/staff/:id', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/summary' },
  { method: 'GET', path: '/api/admin/summary.csv' },
  { method: 'GET', path: '/api/admin/reports' },
  { method: 'GET', path: '/api/admin/reports.csv' },
  { method: 'GET', path: '/api/admin/audit' },
  { method: 'GET', path: '/api/admin/backups' },
  { method: 'POST', path: '/api/admin/backups', anonymousOnly: true },
  { method: 'POST', path: '/api/admin/backups/:id/restore', mutatesByParam: true },
  { method: 'GET', path: '/api/call-presets' },
  {
    method: 'POST',
    path: '/api/staff-calls',
    body: { client_call_id: 'x', preset_ids: [1], note: 'n', session_id: null },
  },
  { method: 'GET', path: '/api/staff-calls' },
  { method: 'GET', path: '/api/bill' },
  { method: 'POST', path: '/api/table/guest-invite' },
  { method: 'POST', path: '/api/table/guest-login', body: { code: 'x'.repeat(43) } },
  { method: 'GET', path: '/api/admin/call-presets' },
  { method: 'PUT', path: '/api/admin/call-presets', body: { presets: [{ label: '물' }] } },
  { method: 'GET', path: '/api/admin/staff-calls' },
  { method: 'PUT', path: '/api/admin/staff-calls/:id', body: { status: 'done' } },
  { method: 'GET', path: '/api/admin/tables/:id/bill' },
  { method: 'DELETE', path: '/api/admin/tables/:id/guest-phones', mutatesByParam: true },
  {
    method: 'POST',
    path: '/api/admin/tables/:id/payments',
    body: { client_payment_id: 'x', method: 'cash', amount: 1000, note: 'n' },
  },
  { method: 'DELETE', path: '/api/admin/payments/:id', body: { reason: 'r' } },
  { method: 'POST', path: '/api/admin/tables/:id/move', body: { to_table_id: 1 } },
  { method: 'POST', path: '/api/admin/tables/:id/merge', body: { into_table_id: 1 } },
  { method: 'PUT', path: '/api/admin/tables/:id/session', body: { guest_count: 2 } },
];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '../../etc/passwd',
  '%00',
  '💥'.repeat(50),
  '\u202Eevil',
  'ﷺ',
  "'; DROP TABLE orders; --",
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '김치찌개',
];
const HOSTILE_NUMBERS = [
  0,
  -1,
  -0,
  1.5,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  99,
  100,
  1000001,
];
// Ids that cannot exist (or are not ids): param-only mutations use these alone.
export const BAD_IDS = [
  '0',
  '-1',
  '999999',
  '9'.repeat(30),
  'NaN',
  '1.5',
  '..',
  '%2e%2e%2f',
  '%00',
  'abc',
  '1%3B',
  '%F0%9F%98%80',
  '1e3',
  'x'.repeat(300),
];

function junk(depth = 0): unknown {
  switch (Math.floor(rnd() * 9)) {
    case 0:
      return pick(HOSTILE_STRINGS);
    case 1:
      return pick(HOSTILE_NUMBERS);
    case 2:
      return null;
    case 3:
      return chance(0.5);
    case 4:
      return depth > 3 ? [] : Array.from({ length: Math.floor(rnd() * 4) }, () => junk(depth + 1));
    case 5:
      return depth > 3
        ? {}
        : { [pick(['a', '__proto__', 'constructor', 'prototype', 'x'])]: junk(depth + 1) };
    case 6:
      return Array.from({ length: 60 }, () => ({ menu_id: 1, quantity: 1 }));
    default:
      return pick(HOSTILE_STRINGS) + String(rnd());
  }
}

/** A JSON text that is invalid for the endpoint by construction. */
export function badBody(e: Endpoint): { text: string; type: string | string[] | undefined } {
  const base = { ...(e.body ?? {}) };
  const mode = Math.floor(rnd() * 10);
  const json = 'application/json';
  if (mode === 0)
    return { text: pick(['{', '{"a":', 'nul', '[1,2', '"\\u12"', '{"a":1}}', '\u0000', '']), type: json };
  if (mode === 1)
    return {
      text: JSON.stringify(base),
      type: pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'image/png',
        'application/jsonx',
        '',
      ]),
    };
  if (mode === 2)
    return {
      text: `{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, ${JSON.stringify(base).slice(1)}`,
      type: json,
    };
  if (mode === 3) return { text: `{"a": "${'y'.repeat(70 * 1024)}"}`, type: json };
  if (mode === 4) return { text: JSON.stringify(junk()), type: json };
  if (mode === 5)
    return {
      text: JSON.stringify(base).replace(/}$/, ', "extra_field": 1}').replace('{, ', '{'),
      type: json,
    };
  if (mode === 6 && Object.keys(base).length) {
    // A duplicate key: the later (mistyped) value wins in JSON.parse.
    const k = pick(Object.keys(base));
    return {
      text: `{${JSON.stringify(k)}: 1, ${JSON.stringify(base).slice(1, -1)}, ${JSON.stringify(k)}: {"nested": []}}`,
      type: json,
    };
  }
  // Every field mistyped, plus an unknown key so even a lucky type is still a 400.
  const out: Record<string, unknown> = { __fuzz__: junk() };
  for (const k of Object.keys(base)) out[k] = chance(0.8) ? junk() : base[k];
  if (mode === 7 && 'items' in base) out.items = [{ menu_id: junk(), quantity: junk(), price: 1 }];
  return { text: JSON.stringify(out), type: chance(0.9) ? json : ['application/json', 'text/plain'] };
}

export function query(): string {
  if (!chance(0.5)) return '';
  const parts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
    const k = pick([
      'date',
      'status',
      'table_id',
      'limit',
      'cursor',
      'from',
      'to',
      'last_event_id',
      '__proto__',
      'x',
      'date',
    ]);
    const v = pick([
      '',
      'NaN',
      '-1',
      '2026-02-30',
      '2026-13-01',
      '%00',
      '..%2F',
      'pending',
      'x'.repeat(3000),
      '1e99',
      '%E0%A4%A',
      'null',
      '[]',
    ]);
    return `${k}=${v}`;
  });
  return `?${parts.join('&')}`;
}

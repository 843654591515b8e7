/**
 * Fuzz: a few thousand malformed, mistyped, over-size and hostile requests against every
 * endpoint, with each role's token and without. Every answer must be < 500 with the error
 * envelope, the server must stay healthy, and — since every mutating request here is invalid
 * by construction — the database must be unchanged. Seeded: FUZZ_SEED=<n> reproduces a run.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const ROUNDS = 3000;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const chance = (p: number) => rnd() < p;

type Role = 'none' | 'garbage' | 'table' | 'kitchen' | 'manager';
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

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/health' },
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
  { method: 'DELETE', path: '/api/admin/orders/:id', mutatesByParam: true },
  { method: 'GET', path: '/api/admin/tables' },
  { method: 'POST', path: '/api/admin/tables', body: { table_number: 500, password: 'pass-1234' } },
  { method: 'PUT', path: '/api/admin/tables/:id', body: { table_number: 501 } },
  { method: 'DELETE', path: '/api/admin/tables/:id', mutatesByParam: true },
  { method: 'POST', path: '/api/admin/tables/:id/pairing', mutatesByParam: true },
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
  { method: 'GET', path: '/api/admin/backups' },
  { method: 'POST', path: '/api/admin/backups', anonymousOnly: true },
  { method: 'POST', path: '/api/admin/backups/:id/restore', mutatesByParam: true },
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
const BAD_IDS = [
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
function badBody(e: Endpoint): { text: string; type: string | string[] | undefined } {
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

function query(): string {
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

let t: TestServer;
const tokens: Record<Role, string | undefined> = {
  none: undefined,
  garbage: 'x',
  table: '',
  kitchen: '',
  manager: '',
};
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

interface Raw {
  status: number;
  type: string;
  body: string;
}

function send(
  method: string,
  path: string,
  headers: Record<string, string | string[]>,
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${t.url}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout ${method} ${path}`)));
    req.on('error', reject);
    req.end(body);
  });
}

function parseEnvelope(text: string): { detail?: unknown; error_code?: unknown } | null {
  try {
    return JSON.parse(text) as { detail?: unknown; error_code?: unknown };
  } catch {
    return null;
  }
}

function fingerprint(): string {
  const db = t.sql();
  const names = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const h = createHash('sha256');
  for (const n of names)
    h.update(n).update(JSON.stringify(db.prepare(`SELECT * FROM "${n}" ORDER BY rowid`).all()));
  return h.digest('hex');
}

beforeAll(async () => {
  t = await startServer({ backups: { intervalMs: 0, onClose: false }, retention: { intervalMs: 0 } });
  tokens.manager = (await t.adminLogin()).token;
  const k = await t.call('POST', '/api/admin/staff', {
    token: tokens.manager,
    body: { username: 'fuzz-cook', password: 'cook-pass', role: 'kitchen' },
  });
  expect(k.status).toBe(201);
  tokens.kitchen = (await t.adminLogin('fuzz-cook', 'cook-pass')).token;
  tokens.table = (await t.tableLogin(4)).token;
});
afterAll(async () => {
  agent.destroy();
  await stopAllServers();
});

describe(`fuzz (seed ${SEED})`, () => {
  it(
    'answers thousands of hostile requests without a 5xx, always with the envelope, changing nothing',
    { timeout: 120_000 },
    async () => {
      const before = fingerprint();
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (let i = 0; i < ROUNDS; i++) {
        const e = pick(ENDPOINTS);
        const role: Role = e.anonymousOnly
          ? pick(['none', 'garbage'] as const)
          : pick(['none', 'garbage', 'table', 'kitchen', 'manager'] as const);
        const method = chance(0.05) ? pick(['PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'DELETE']) : e.method;
        const mutating = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
        const id = e.mutatesByParam || chance(0.7) ? pick(BAD_IDS) : pick(['1', '2', '3']);
        const path = e.path.replace(':id', id) + query();
        const headers: Record<string, string | string[]> = {};
        const token = tokens[role];
        if (token !== undefined) {
          headers.authorization = pick([
            `Bearer ${token}`,
            `Bearer ${token}`,
            `bearer ${token}`,
            `Bearer ${token} extra`,
            `Basic ${token}`,
            'Bearer',
            `Bearer ${'A'.repeat(4000)}`,
          ]);
        }
        if (chance(0.1))
          headers.cookie = pick([
            'to_admin=%%%',
            'to_admin=x; to_admin=y',
            'to_table=',
            '=;;=',
            `to_table=${'z'.repeat(3000)}`,
          ]);
        if (chance(0.05)) headers['last-event-id'] = pick(['-1', '1e99', 'abc', '99999999999999999999']);
        let body: string | undefined;
        if (mutating && (e.body || chance(0.3))) {
          const b = badBody(e);
          body = b.text;
          if (b.type !== undefined && b.type !== '') headers['content-type'] = b.type;
        }
        // A mutating call with a valid token must be invalid by construction: a body that
        // cannot validate, or (param-only calls) an id that cannot exist.
        if (
          mutating &&
          !e.body &&
          !e.mutatesByParam &&
          role !== 'none' &&
          role !== 'garbage' &&
          e.method === method
        )
          continue;
        let r: Raw;
        try {
          r = await send(method, path, headers, body);
        } catch (error) {
          failures.push(`#${i} ${method} ${path.slice(0, 120)}: ${(error as Error).message}`);
          continue;
        }
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        const where = `#${i} ${role} ${method} ${path.slice(0, 120)} body=${(body ?? '').slice(0, 80)}`;
        if (r.status >= 500) failures.push(`${where} → ${r.status} ${r.body.slice(0, 200)}`);
        if (r.status >= 400 && method !== 'HEAD') {
          const env = parseEnvelope(r.body);
          if (
            !r.type.includes('application/json') ||
            typeof env?.detail !== 'string' ||
            typeof env.error_code !== 'string'
          ) {
            failures.push(`${where} → ${r.status} without the envelope: ${r.body.slice(0, 200)}`);
          }
        }
        if (mutating && r.status < 300 && r.status >= 200)
          failures.push(`${where} → ${r.status}: a hostile write succeeded`);
      }
      expect(failures.slice(0, 20), `${failures.length} failures (seed ${SEED})`).toEqual([]);
      expect(statuses.get(400)).toBeGreaterThan(100);
      expect((await t.call('GET', '/health')).status).toBe(200);
      expect(fingerprint()).toBe(before);
      // And the store still works.
      const menus = await t.call('GET', '/api/menus', { token: tokens.table });
      expect(menus.status).toBe(200);
    },
  );
});

/**
 * Fuzz: a few thousand malformed, mistyped, over-size and hostile requests against every
 * endpoint, with each role's token and without. Every answer must be < 500 with the error
 * envelope, the server must stay healthy, and — since every mutating request here is invalid
 * by construction — the database must be unchanged. Seeded: FUZZ_SEED=<n> reproduces a run.
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import {
  SEED,
  ROUNDS,
  pick,
  chance,
  ENDPOINTS,
  BAD_IDS,
  badBody,
  query,
  type Role,
} from './helpers/fuzz-cases';

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
  // health_probe is rewritten by GET /health's write probe on purpose: not store data.
  for (const n of names.filter((x) => x !== 'health_probe'))
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
  // A tablet's first call records how it connects (tables.last_secure, for the admin's badge):
  // made here, before the fingerprint, so the fuzz rounds can be held to changing nothing.
  expect((await t.call('GET', '/api/menus', { token: tokens.table })).status).toBe(200);
  await vi.waitFor(() =>
    expect(t.sql().prepare('SELECT last_secure FROM tables WHERE table_number = 4').get()).toEqual({
      last_secure: 0,
    }),
  );
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
        const path = e.path.replace(/:[a-z_]+/g, id) + query();
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

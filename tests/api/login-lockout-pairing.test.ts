/** The login lock-out (429 with Retry-After) and tablet pairing codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError } from './helpers/api';

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
});
afterAll(stopAllServers);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('lock-out', () => {
  it('5 failed admin logins lock the account: the 6th, with the right password, is a 429 with Retry-After', async () => {
    await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'locky', password: 'right-pass', role: 'kitchen' },
    });
    for (let i = 0; i < 5; i++) {
      const r = await t.call('POST', '/api/admin/login', {
        body: { store_code: 'demo', username: 'locky', password: `wrong-${i}` },
      });
      expectError(r, 401);
    }
    const r = await t.call('POST', '/api/admin/login', {
      body: { store_code: 'demo', username: 'locky', password: 'right-pass' },
    });
    expectError(r, 429);
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(900);
    // Another account is not locked.
    expect((await t.adminLogin()).staff.username).toBe('admin');
  });

  it('the same for a table', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.call('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: 10, password: `wrong-${i}` },
      });
      expectError(r, 401);
    }
    const r = await t.call('POST', '/api/table/login', {
      body: { store_code: 'demo', table_number: 10, password: DEMO_PASSWORD },
    });
    expectError(r, 429);
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(900);
    expect((await t.tableLogin(1)).table.table_number).toBe(1);
  });
});

describe('pairing', () => {
  it('a pairing code logs in as that table, once', async () => {
    const tables = await t.call('GET', '/api/admin/tables', { token: admin });
    const table3 = tables.data.tables.find((x: { table_number: number }) => x.table_number === 3);
    const p = await t.call('POST', `/api/admin/tables/${table3.id}/pairing`, { token: admin });
    expect(p.status).toBe(201);
    expect(p.data).toEqual({
      pairing_code: expect.any(String),
      expires_at: expect.stringMatching(ISO),
      url: expect.stringContaining(p.data.pairing_code),
    });
    const ttl = Date.parse(p.data.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000 + 5000);

    const r = await t.call('POST', '/api/table/pair', { body: { pairing_code: p.data.pairing_code } });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      token: expect.any(String),
      expires_at: expect.stringMatching(ISO),
      table: { id: table3.id, table_number: 3 },
      store: { id: expect.any(Number), code: 'demo', name: expect.any(String) },
      device_key: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect((await t.call('GET', '/api/orders', { token: r.data.token })).status).toBe(200);
    expectError(
      await t.call('POST', '/api/table/pair', { body: { pairing_code: p.data.pairing_code } }),
      401,
    );
    // A code typed by hand in lower case still pairs.
    const typed = await t.call('POST', `/api/admin/tables/${table3.id}/pairing`, { token: admin });
    const lower = await t.call('POST', '/api/table/pair', {
      body: { pairing_code: typed.data.pairing_code.toLowerCase() },
    });
    expect(lower.status).toBe(200);
    expect(lower.data.table.id).toBe(table3.id);
  });

  it('an expired, unknown or malformed code is refused; pairing needs a manager and a real table', async () => {
    const tables = await t.call('GET', '/api/admin/tables', { token: admin });
    const id = tables.data.tables[0].id;
    const p = await t.call('POST', `/api/admin/tables/${id}/pairing`, { token: admin });
    t.sql()
      .prepare('UPDATE pairing_codes SET expires_at = ?')
      .run(new Date(Date.now() - 1000).toISOString());
    expectError(
      await t.call('POST', '/api/table/pair', { body: { pairing_code: p.data.pairing_code } }),
      401,
    );
    expectError(await t.call('POST', '/api/table/pair', { body: { pairing_code: 'ZZZZZZZZ' } }), 401);
    expectError(await t.call('POST', '/api/table/pair', { body: {} }), 400, 'pairing_code');
    expectError(await t.call('POST', '/api/admin/tables/999999/pairing', { token: admin }), 404);
    const tl = await t.tableLogin(1);
    expectError(await t.call('POST', `/api/admin/tables/${id}/pairing`, { token: tl.token }), 403);
  });
});

/** Health, redirects, unknown routes and the request-level errors every JSON call shares. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let table: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(1)).token;
});
afterAll(stopAllServers);

describe('server basics', () => {
  it('GET /health answers 200 with the documented shape, without a token', async () => {
    const r = await t.call('GET', '/health');
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      status: 'ok',
      setup_required: false,
      version: expect.any(String),
      uptime_s: expect.any(Number),
      db: 'ok',
      sse: { total: 0, by_channel: { admin: 0, table: 0 } },
    });
    expect(r.data.uptime_s).toBeGreaterThanOrEqual(0);
  });

  it('/ answers 302 to /table/', async () => {
    const r = await t.call('GET', '/');
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/table/');
  });

  it('an unknown /api route is a 404 envelope, for any method', async () => {
    expectError(await t.call('GET', '/api/nope'), 404);
    expectError(await t.call('POST', '/api/admin/nothing-here', { token: admin, body: {} }), 404);
    expectError(await t.call('DELETE', '/api/orders/1', { token: table }), 404);
  });

  it('demo store: 10 tables numbered 1-10 and a manager "admin"', async () => {
    const r = await t.call('GET', '/api/admin/tables', { token: admin });
    expect(r.status).toBe(200);
    expect(r.data.tables.map((x: { table_number: number }) => x.table_number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const s = await t.call('GET', '/api/admin/staff', { token: admin });
    expect(s.data.staff).toEqual([{ id: expect.any(Number), username: 'admin', role: 'manager' }]);
  });
});

describe('request-level errors', () => {
  it('malformed JSON is a 400 with errors', async () => {
    const r = await t.call('POST', '/api/orders', {
      token: table,
      raw: '{"client_order_id": "x", items: [',
      headers: { 'content-type': 'application/json' },
    });
    expectError(r, 400);
  });

  it('a non-JSON content type is a 415', async () => {
    const body = JSON.stringify({ client_order_id: uuid(), items: [{ menu_id: 1, quantity: 1 }] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const r = await t.call('POST', '/api/orders', {
        token: table,
        raw: body,
        headers: { 'content-type': type },
      });
      expectError(r, 415);
    }
    const login = await t.call('POST', '/api/admin/login', {
      raw: 'store_code=demo&username=admin&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectError(login, 415);
  });

  it('a JSON body over 64 KiB is a 413', async () => {
    const big = { name: 'x'.repeat(70 * 1024) };
    expectError(await t.call('POST', '/api/admin/categories', { token: admin, body: big }), 413);
    // Just under the limit is read and judged on its content (a 400 for the long name).
    const small = { name: 'x'.repeat(60 * 1024) };
    expectError(await t.call('POST', '/api/admin/categories', { token: admin, body: small }), 400, 'name');
  });

  it('wrong types and unknown fields are 400s that name the field', async () => {
    const wrongType = await t.call('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: '11', password: 'abcdef' },
    });
    expectError(wrongType, 400, 'table_number');
    expect(wrongType.data.errors).toEqual([{ path: 'table_number', message: 'must be a number' }]);
    expect(wrongType.data.detail).toBe('table_number: must be a number');
    const missing = await t.call('POST', '/api/admin/tables', { token: admin, body: { password: 'abcdef' } });
    expect(missing.data.errors).toEqual([{ path: 'table_number', message: 'is required' }]);
    expectError(
      await t.call('POST', '/api/admin/tables', {
        token: admin,
        body: { table_number: 11, password: 'abcdef', extra: true },
      }),
      400,
      'extra',
    );
    expectError(await t.call('POST', '/api/admin/categories', { token: admin, body: [] }), 400);
  });

  it('an unknown query parameter is a 400 (strict queries)', async () => {
    expectError(await t.call('GET', '/api/admin/orders?colour=red', { token: admin }), 400, 'colour');
    expectError(await t.call('GET', '/api/admin/orders?status=cooking', { token: admin }), 400);
  });

  it('a non-numeric id is a 400, an unknown id a 404', async () => {
    expectError(await t.call('GET', '/api/admin/orders/abc', { token: admin }), 400, 'id');
    expectError(await t.call('GET', '/api/admin/orders/999999', { token: admin }), 404);
  });
});

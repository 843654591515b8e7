/** Setup, logins, tokens (expiry, logout, revocation), roles, lock-out and tablet pairing. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, placeOrder, uuid } from './helpers/api';

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
});
afterAll(stopAllServers);

/** Tokens are stored as their SHA-256 (base64url), never in clear. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('setup', () => {
  it('is a 409 when a store exists', async () => {
    const r = await t.call('POST', '/api/setup', {
      body: { store_code: 'other', store_name: 'Other', username: 'boss', password: 'secret-1' },
    });
    expectError(r, 409);
  });

  it('creates the store on an empty server (demo off), then refuses a second one', async () => {
    const empty = await startServer({ demo: false });
    expect((await empty.call('GET', '/health')).data.setup_required).toBe(true);
    const body = { store_code: 'cafe', store_name: '  Cafe One  ', username: 'owner', password: 'pw-1234' };
    expectError(await empty.call('POST', '/api/setup', { body: { ...body, extra: 1 } }), 400, 'extra');
    expectError(
      await empty.call('POST', '/api/setup', { body: { ...body, password: 'abc' } }),
      400,
      'password',
    );
    const r = await empty.call('POST', '/api/setup', { body });
    expect(r.status).toBe(201);
    expect(r.data).toEqual({ store: { id: expect.any(Number), code: 'cafe', name: 'Cafe One' } });
    expectError(await empty.call('POST', '/api/setup', { body }), 409);
    expect((await empty.call('GET', '/health')).data.setup_required).toBe(false);
    const login = await empty.call('POST', '/api/admin/login', {
      body: { store_code: 'cafe', username: 'owner', password: 'pw-1234' },
    });
    expect(login.status).toBe(200);
    expect(login.data.staff.role).toBe('manager');
    await empty.close();
  });
});

describe('logins', () => {
  it('admin login answers token, expiry (16 h), staff and store, and sets the to_admin cookie', async () => {
    const before = Date.now();
    const r = await t.call('POST', '/api/admin/login', {
      body: { store_code: 'demo', username: 'admin', password: DEMO_PASSWORD },
    });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      token: expect.any(String),
      expires_at: expect.stringMatching(ISO),
      staff: { id: expect.any(Number), username: 'admin', role: 'manager' },
      store: { id: expect.any(Number), code: 'demo', name: expect.any(String) },
    });
    const ttl = Date.parse(r.data.expires_at) - before;
    expect(ttl).toBeGreaterThan(16 * 3600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(16 * 3600_000 + 60_000);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/to_admin=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('table login answers token, table and store, and sets the to_table cookie', async () => {
    const r = await t.call('POST', '/api/table/login', {
      body: { store_code: 'demo', table_number: 3, password: DEMO_PASSWORD },
    });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      token: expect.any(String),
      expires_at: expect.stringMatching(ISO),
      table: { id: expect.any(Number), table_number: 3 },
      store: { id: expect.any(Number), code: 'demo', name: expect.any(String) },
      device_key: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(r.headers.get('set-cookie') ?? '').toMatch(/to_table=.*HttpOnly/i);
  });

  it('wrong credentials are 401; bad bodies are 400', async () => {
    const wrong = [
      { store_code: 'demo', username: 'admin', password: 'nope-nope' },
      { store_code: 'nostore', username: 'admin', password: DEMO_PASSWORD },
      { store_code: 'demo', username: 'ghost', password: DEMO_PASSWORD },
    ];
    // One failure for "admin" does not lock it (and the next good login clears it).
    for (const body of wrong) expectError(await t.call('POST', '/api/admin/login', { body }), 401);
    expectError(
      await t.call('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: 99, password: 'x1234' },
      }),
      401,
    );
    expectError(
      await t.call('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: 0, password: 'x1234' },
      }),
      400,
      'table_number',
    );
    expectError(
      await t.call('POST', '/api/admin/login', { body: { store_code: 'demo', username: 'admin' } }),
      400,
      'password',
    );
  });
});

describe('tokens', () => {
  it('no token, a malformed header or an unknown token is a 401', async () => {
    expectError(await t.call('GET', '/api/admin/dashboard'), 401);
    expectError(await t.call('GET', '/api/menus'), 401);
    expectError(
      await t.call('GET', '/api/admin/dashboard', { headers: { authorization: 'Basic abc' } }),
      401,
    );
    expectError(await t.call('GET', '/api/admin/dashboard', { token: 'not-a-real-token' }), 401);
    expectError(await t.call('GET', '/api/orders', { token: 'not-a-real-token' }), 401);
  });

  it('an expired token is a 401 (expiry edited in the database file)', async () => {
    const login = await t.adminLogin();
    const tableLogin = await t.tableLogin(4);
    expect((await t.call('GET', '/api/admin/dashboard', { token: login.token })).status).toBe(200);
    const db = t.sql();
    const past = new Date(Date.now() - 1000).toISOString();
    const expire = db.prepare('UPDATE auth_tokens SET expires_at = ? WHERE token_hash = ?');
    expect(expire.run(past, tokenHash(login.token)).changes).toBe(1);
    expect(expire.run(past, tokenHash(tableLogin.token)).changes).toBe(1);
    expectError(await t.call('GET', '/api/admin/dashboard', { token: login.token }), 401);
    expectError(await t.call('GET', '/api/menus', { token: tableLogin.token }), 401);
    // A token logged in afterwards still works.
    const fresh = await t.adminLogin();
    expect((await t.call('GET', '/api/admin/dashboard', { token: fresh.token })).status).toBe(200);
  });

  it('the cookie alone authenticates a browser app', async () => {
    const login = await t.adminLogin();
    const r = await t.call('GET', '/api/admin/dashboard', { headers: { cookie: `to_admin=${login.token}` } });
    expect(r.status).toBe(200);
    const tl = await t.tableLogin(5);
    expect((await t.call('GET', '/api/orders', { headers: { cookie: `to_table=${tl.token}` } })).status).toBe(
      200,
    );
  });

  it('logout answers 204 and the token stops working', async () => {
    const login = await t.adminLogin();
    const r = await t.call('POST', '/api/admin/logout', { token: login.token });
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    expectError(await t.call('GET', '/api/admin/dashboard', { token: login.token }), 401);
    expectError(await t.call('POST', '/api/admin/logout', { token: login.token }), 401);
    // Other sessions of the same account are untouched.
    expect((await t.call('GET', '/api/admin/dashboard', { token: admin })).status).toBe(200);
  });

  it("a table's password change ends its logins", async () => {
    const a = await t.tableLogin(6);
    const b = await t.tableLogin(6);
    const other = await t.tableLogin(7);
    const r = await t.call('PUT', `/api/admin/tables/${a.table.id}`, {
      token: admin,
      body: { password: 'new-pass-6' },
    });
    expect(r.status).toBe(200);
    expectError(await t.call('GET', '/api/menus', { token: a.token }), 401);
    expectError(await t.call('GET', '/api/orders', { token: b.token }), 401);
    expect((await t.call('GET', '/api/menus', { token: other.token })).status).toBe(200);
    expectError(
      await t.call('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: 6, password: DEMO_PASSWORD },
      }),
      401,
    );
    expect((await t.tableLogin(6, 'new-pass-6')).table.table_number).toBe(6);
  });

  it("a staff account's password change ends its logins", async () => {
    const created = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook-pw', password: 'cook-1234', role: 'kitchen' },
    });
    expect(created.status).toBe(201);
    const cook = await t.adminLogin('cook-pw', 'cook-1234');
    expect((await t.call('GET', '/api/admin/dashboard', { token: cook.token })).status).toBe(200);
    const r = await t.call('PUT', `/api/admin/staff/${created.data.id}`, {
      token: admin,
      body: { password: 'cook-5678' },
    });
    expect(r.status).toBe(200);
    expectError(await t.call('GET', '/api/admin/dashboard', { token: cook.token }), 401);
    expect((await t.adminLogin('cook-pw', 'cook-5678')).staff.role).toBe('kitchen');
    expect((await t.call('GET', '/api/admin/dashboard', { token: admin })).status).toBe(200);
  });
});

describe('roles', () => {
  it('a table token on the store API is a 403, a staff token on the tablet API too', async () => {
    const tl = await t.tableLogin(2);
    for (const [method, p] of [
      ['GET', '/api/admin/dashboard'],
      ['GET', '/api/admin/orders'],
      ['GET', '/api/admin/orders/1'],
      ['GET', '/api/admin/tables'],
      ['GET', '/api/admin/menus'],
      ['GET', '/api/admin/staff'],
      ['GET', '/api/admin/events'],
      ['POST', '/api/admin/logout'],
    ] as const) {
      expectError(await t.call(method, p, { token: tl.token }), 403);
    }
    expectError(await t.call('GET', '/api/menus', { token: admin }), 403);
    expectError(
      await t.call('POST', '/api/orders', {
        token: admin,
        body: { client_order_id: uuid(), items: [{ menu_id: 1, quantity: 1 }] },
      }),
      403,
    );
  });

  it("a table cannot see another table's order through any route", async () => {
    const t8 = await t.tableLogin(8);
    const t9 = await t.tableLogin(9);
    const [item] = await menuItems(t, t8.token);
    const order = await placeOrder(t, t8.token, [{ menu_id: item!.id, quantity: 1 }]);
    expectError(await t.call('GET', `/api/admin/orders/${order.id}`, { token: t9.token }), 403);
    expectError(
      await t.call('PUT', `/api/admin/orders/${order.id}/status`, {
        token: t9.token,
        body: { status: 'preparing' },
      }),
      403,
    );
    expectError(await t.call('DELETE', `/api/admin/orders/${order.id}`, { token: t9.token }), 403);
    const mine = await t.call('GET', '/api/orders', { token: t9.token });
    expect(mine.data).toEqual({ session_id: null, orders: [] });
    const theirs = await t.call('GET', '/api/orders', { token: t8.token });
    expect(theirs.data.orders.map((o: { id: number }) => o.id)).toEqual([order.id]);
    // The order's menu item is a menu read, not an order read: allowed.
    expect((await t.call('GET', `/api/menus/${item!.id}`, { token: t9.token })).status).toBe(200);
  });
});

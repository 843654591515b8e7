/** Tables CRUD (manager), staff accounts and what a kitchen account may do. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, TableInfo } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, placeOrder } from './helpers/api';
import { hashPassword } from '../../src-main/services/crypto';

let t: TestServer;
let admin: string;
let adminId: number;

beforeAll(async () => {
  t = await startServer();
  const login = await t.adminLogin();
  admin = login.token;
  adminId = login.staff.id;
});
afterAll(stopAllServers);

describe('tables', () => {
  it('takes ids in plain digits only: hex, padded or exponent forms are 400 and change nothing', async () => {
    const before = await t.call<{ tables: TableInfo[] }>('GET', '/api/admin/tables', { token: admin });
    const first = before.data.tables[0]!;
    for (const raw of ['0x1', '%201', '1e0', '1.0', '-1', '0', '9999999999999999']) {
      expectError(await t.call('DELETE', `/api/admin/tables/${raw}`, { token: admin }), 400, 'id');
    }
    expectError(await t.call('GET', `/api/admin/history?limit=0x10`, { token: admin }), 400, 'limit');
    const after = await t.call<{ tables: TableInfo[] }>('GET', '/api/admin/tables', { token: admin });
    expect(after.data.tables.map((x) => x.id)).toEqual(before.data.tables.map((x) => x.id));
    expect(after.data.tables[0]!.id).toBe(first.id);
  });

  it('create 201, update 200, delete 204, list {tables}', async () => {
    const c = await t.call<TableInfo>('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: 42, password: 'pw-4242' },
    });
    expect(c.status).toBe(201);
    expect(c.data).toMatchObject({
      id: expect.any(Number),
      table_number: 42,
      tablet_online: false,
      session: null,
      last_secure: null,
    });
    expect(JSON.stringify(c.data)).not.toMatch(/password|hash/);
    expect((await t.tableLogin(42, 'pw-4242')).table.id).toBe(c.data.id);

    const list = await t.call('GET', '/api/admin/tables', { token: admin });
    expect(Object.keys(list.data)).toEqual(['tables', 'tablet_url', 'tablet_https_url']);
    // This test store serves plain HTTP only (tls.test.ts covers the HTTPS address).
    expect(list.data.tablet_https_url).toBeNull();
    // The server's own address for tablets (here it listens on 127.0.0.1), not the caller's.
    expect(list.data.tablet_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/table\/$/);
    expect(list.data.tables.map((x: TableInfo) => x.id)).toContain(c.data.id);

    const u = await t.call<TableInfo>('PUT', `/api/admin/tables/${c.data.id}`, {
      token: admin,
      body: { table_number: 43 },
    });
    expect(u.status).toBe(200);
    expect(u.data).toMatchObject({ id: c.data.id, table_number: 43 });
    expect((await t.tableLogin(43, 'pw-4242')).table.table_number).toBe(43);

    expect((await t.call('DELETE', `/api/admin/tables/${c.data.id}`, { token: admin })).status).toBe(204);
    expectError(await t.call('DELETE', `/api/admin/tables/${c.data.id}`, { token: admin }), 404);
    expectError(
      await t.call('PUT', `/api/admin/tables/${c.data.id}`, { token: admin, body: { table_number: 44 } }),
      404,
    );
    expectError(
      await t.call('POST', '/api/table/login', {
        body: { store_code: 'demo', table_number: 43, password: 'pw-4242' },
      }),
      401,
    );
  });

  it('table numbers are 1-999 and unique; new table passwords 6-64 characters', async () => {
    const post = (body: unknown) => t.call('POST', '/api/admin/tables', { token: admin, body });
    expectError(await post({ table_number: 1, password: 'abcdef' }), 409);
    expectError(await post({ table_number: 0, password: 'abcdef' }), 400, 'table_number');
    expectError(await post({ table_number: 1000, password: 'abcdef' }), 400, 'table_number');
    expectError(await post({ table_number: 50, password: 'abc' }), 400, 'password');
    // API-2: the 4-character minimum of the first wave no longer holds for tables.
    const short = await post({ table_number: 50, password: '1234' });
    expectError(short, 400, 'password');
    expect(short.data.errors[0].message).toMatch(/6 characters/);
    expectError(await post({ table_number: 50, password: '12345' }), 400, 'password');
    expectError(await post({ table_number: 50, password: 'p'.repeat(65) }), 400, 'password');
    expectError(await post({ table_number: 50 }), 400, 'password');
    expect((await post({ table_number: 999, password: 'p'.repeat(64) })).status).toBe(201);
    const tables = (await t.call('GET', '/api/admin/tables', { token: admin })).data.tables as TableInfo[];
    const two = tables.find((x) => x.table_number === 2)!;
    expectError(
      await t.call('PUT', `/api/admin/tables/${two.id}`, { token: admin, body: { table_number: 3 } }),
      409,
    );
    expectError(
      await t.call('PUT', `/api/admin/tables/${two.id}`, { token: admin, body: { seats: 4 } }),
      400,
      'seats',
    );
    // Renumbering to its own number is not a clash.
    expect(
      (await t.call('PUT', `/api/admin/tables/${two.id}`, { token: admin, body: { table_number: 2 } }))
        .status,
    ).toBe(200);
  });

  it('deleting a table with an active session is a 409; after the session ends it works', async () => {
    const c = await t.call<TableInfo>('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: 77, password: 'pw-7777' },
    });
    const tl = await t.tableLogin(77, 'pw-7777');
    const [m] = await menuItems(t, tl.token);
    const order = await placeOrder(t, tl.token, [{ menu_id: m!.id, quantity: 1 }]);
    expectError(await t.call('DELETE', `/api/admin/tables/${c.data.id}`, { token: admin }), 409);
    expect((await t.call('GET', `/api/admin/orders/${order.id}`, { token: admin })).status).toBe(200);
    expect(
      (await t.call('POST', `/api/admin/tables/${c.data.id}/session/end`, { token: admin })).status,
    ).toBe(200);
    expect((await t.call('DELETE', `/api/admin/tables/${c.data.id}`, { token: admin })).status).toBe(204);
    // The table's token no longer works.
    expectError(await t.call('GET', '/api/menus', { token: tl.token }), 401);

    // A table created later does not take over the deleted table's id (and so its history).
    const n = await t.call<TableInfo>('POST', '/api/admin/tables', {
      token: admin,
      body: { table_number: 78, password: 'pw-7878' },
    });
    expect(n.data.id).not.toBe(c.data.id);
    const h = await t.call('GET', `/api/admin/tables/${n.data.id}/history`, { token: admin });
    expect(h.data.orders).toEqual([]);
  });
  it('an old table password shorter than 6 keeps working, is flagged password_weak, and the flag goes when it is changed', async () => {
    const weakOf = async (n: number) => {
      const list = await t.call<{ tables: TableInfo[] }>('GET', '/api/admin/tables', { token: admin });
      return list.data.tables.find((x) => x.table_number === n)!;
    };
    // A table set up before the 6-character minimum: only its hash is known until a login.
    const old = await hashPassword('1234');
    t.sql()
      .prepare('UPDATE tables SET password_hash = ?, password_weak = NULL WHERE table_number = 8')
      .run(old);
    expect((await weakOf(8)).password_weak).toBeUndefined();
    expect((await t.tableLogin(8, '1234')).table.table_number).toBe(8);
    const weak = await weakOf(8);
    expect(weak.password_weak).toBe(true);
    expect((await weakOf(7)).password_weak).toBeUndefined();

    expectError(
      await t.call('PUT', `/api/admin/tables/${weak.id}`, { token: admin, body: { password: '4321' } }),
      400,
      'password',
    );
    const changed = await t.call<TableInfo>('PUT', `/api/admin/tables/${weak.id}`, {
      token: admin,
      body: { password: '482913' },
    });
    expect(changed.status).toBe(200);
    expect(changed.data.password_weak).toBeUndefined();
    expect((await weakOf(8)).password_weak).toBeUndefined();
    expect((await t.tableLogin(8, '482913')).table.table_number).toBe(8);
  });
});

describe('staff', () => {
  let cookId: number;
  let cook: string;

  it('create 201 {id, username, role}; duplicates 409; list {staff}', async () => {
    const r = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: ' kim ', password: 'kim-1234', role: 'kitchen' },
    });
    expect(r.status).toBe(201);
    expect(r.data).toEqual({ id: expect.any(Number), username: 'kim', role: 'kitchen' });
    cookId = r.data.id;
    expectError(
      await t.call('POST', '/api/admin/staff', {
        token: admin,
        body: { username: 'kim', password: 'kim-1234', role: 'kitchen' },
      }),
      409,
    );
    expectError(
      await t.call('POST', '/api/admin/staff', {
        token: admin,
        body: { username: 'lee', password: 'x', role: 'kitchen' },
      }),
      400,
      'password',
    );
    expectError(
      await t.call('POST', '/api/admin/staff', {
        token: admin,
        body: { username: 'lee', password: 'lee-1234', role: 'owner' },
      }),
      400,
      'role',
    );
    const list = await t.call('GET', '/api/admin/staff', { token: admin });
    expect(Object.keys(list.data)).toEqual(['staff']);
    expect(list.data.staff).toContainEqual({ id: cookId, username: 'kim', role: 'kitchen' });
    expect(JSON.stringify(list.data)).not.toMatch(/password|hash/);
    cook = (await t.adminLogin('kim', 'kim-1234')).token;
  });

  it('kitchen can use dashboard, orders and status changes, and gets 403 on manager-only calls', async () => {
    const tl = await t.tableLogin(1);
    const [m] = await menuItems(t, tl.token);
    const order = await placeOrder(t, tl.token, [{ menu_id: m!.id, quantity: 1 }]);
    expect((await t.call('GET', '/api/admin/dashboard', { token: cook })).status).toBe(200);
    const list = await t.call('GET', '/api/admin/orders', { token: cook });
    expect(list.data.orders.map((o: Order) => o.id)).toContain(order.id);
    expect((await t.call('GET', `/api/admin/orders/${order.id}`, { token: cook })).status).toBe(200);
    const s = await t.call('PUT', `/api/admin/orders/${order.id}/status`, {
      token: cook,
      body: { status: 'preparing' },
    });
    expect(s.status).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/api/admin/tables', undefined],
      ['POST', '/api/admin/tables', { table_number: 300, password: 'abcdef' }],
      ['PUT', `/api/admin/tables/${tl.table.id}`, { password: 'abcdef' }],
      ['DELETE', `/api/admin/tables/${tl.table.id}`, undefined],
      ['POST', `/api/admin/tables/${tl.table.id}/pairing`, undefined],
      ['POST', `/api/admin/tables/${tl.table.id}/session/end`, undefined],
      ['GET', `/api/admin/tables/${tl.table.id}/history`, undefined],
      ['GET', '/api/admin/history', undefined],
      ['DELETE', `/api/admin/orders/${order.id}`, undefined],
      ['POST', '/api/admin/categories', { name: 'K' }],
      ['POST', '/api/admin/stations', { name: 'K' }],
      ['GET', '/api/admin/staff', undefined],
      ['POST', '/api/admin/staff', { username: 'x', password: 'abcd', role: 'manager' }],
      ['PUT', `/api/admin/staff/${cookId}`, { role: 'manager' }],
      ['DELETE', `/api/admin/staff/${adminId}`, undefined],
    ] as const) {
      expectError(await t.call(method, path, { token: cook, body }), 403);
    }
    // Kitchen can log itself out.
    const own = await t.adminLogin('kim', 'kim-1234');
    expect((await t.call('POST', '/api/admin/logout', { token: own.token })).status).toBe(204);
  });

  it('cannot delete yourself or the last manager; role changes are partial updates', async () => {
    expectError(await t.call('DELETE', `/api/admin/staff/${adminId}`, { token: admin }), 409);
    expectError(
      await t.call('PUT', `/api/admin/staff/${adminId}`, { token: admin, body: { role: 'kitchen' } }),
      409,
    );
    const boss = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'boss2', password: 'boss-1234', role: 'manager' },
    });
    const bossToken = (await t.adminLogin('boss2', 'boss-1234')).token;
    // With two managers one may be demoted.
    const demote = await t.call('PUT', `/api/admin/staff/${boss.data.id}`, {
      token: admin,
      body: { role: 'kitchen' },
    });
    expect(demote.status).toBe(200);
    expect(demote.data).toEqual({ id: boss.data.id, username: 'boss2', role: 'kitchen' });
    // The role change ended boss2's logins.
    expectError(await t.call('GET', '/api/admin/dashboard', { token: bossToken }), 401);
    // admin is the only manager again.
    expectError(await t.call('DELETE', `/api/admin/staff/${adminId}`, { token: admin }), 409);
    expect((await t.call('DELETE', `/api/admin/staff/${boss.data.id}`, { token: admin })).status).toBe(204);
    expectError(await t.call('DELETE', `/api/admin/staff/${boss.data.id}`, { token: admin }), 404);
    expectError(
      await t.call('PUT', '/api/admin/staff/999999', { token: admin, body: { role: 'kitchen' } }),
      404,
    );
    expectError(
      await t.call('PUT', `/api/admin/staff/${cookId}`, { token: admin, body: { username: 'new' } }),
      400,
      'username',
    );
  });

  it('the last manager cannot be deleted by another manager either', async () => {
    const m2 = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'park', password: 'park-1234', role: 'manager' },
    });
    const park = (await t.adminLogin('park', 'park-1234')).token;
    // Two managers: park may delete admin (not itself).
    expectError(await t.call('DELETE', `/api/admin/staff/${m2.data.id}`, { token: park }), 409);
    expect((await t.call('DELETE', `/api/admin/staff/${adminId}`, { token: park })).status).toBe(204);
    // admin's token died with the account.
    expectError(await t.call('GET', '/api/admin/dashboard', { token: admin }), 401);
    // park is now the last manager: demoting it is refused.
    expectError(
      await t.call('PUT', `/api/admin/staff/${m2.data.id}`, { token: park, body: { role: 'kitchen' } }),
      409,
    );
  });
});

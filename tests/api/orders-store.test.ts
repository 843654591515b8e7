/** The store's order calls (dashboard, list, status, delete), numbering and concurrent orders. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, expectOrderShape, menuItems, placeOrder, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
const tables: Record<number, { token: string; id: number }> = {};
let items: Menu[];

beforeAll(async () => {
  t = await startServer({ timeZone: 'Asia/Seoul' });
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3]) {
    const l = await t.tableLogin(n);
    tables[n] = { token: l.token, id: l.table.id };
  }
  items = await menuItems(t, tables[1]!.token);
  for (let i = 0; i < 4; i++)
    await placeOrder(t, tables[1]!.token, [{ menu_id: items[i]!.id, quantity: i + 1 }]);
});
afterAll(stopAllServers);

describe('store order calls', () => {
  it('GET /api/admin/dashboard: every table with presence, session summary, newest 3 orders, last_event_id', async () => {
    const r = await t.call('GET', '/api/admin/dashboard', { token: admin });
    expect(r.status).toBe(200);
    expect(Object.keys(r.data).sort()).toEqual(['last_event_id', 'tables']);
    expect(r.data.tables.map((x: { table_number: number }) => x.table_number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    for (const row of r.data.tables) {
      expect(Object.keys(row).sort()).toEqual([
        'dishes',
        'dishes_more',
        'first_order_at',
        'id',
        'recent_orders',
        'session',
        'table_number',
        'tablet_online',
      ]);
      expect(row.tablet_online).toBe(false);
      expect(row.recent_orders.length).toBeLessThanOrEqual(3);
      row.recent_orders.forEach(expectOrderShape);
    }
    const t1 = r.data.tables.find((x: { id: number }) => x.id === tables[1]!.id);
    const live = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    const orders = live.data.orders as Order[];
    expect(t1.session).toEqual({
      id: live.data.session_id,
      // The session started with its first order.
      started_at: orders[orders.length - 1]!.created_at,
      total_amount: orders.reduce((s, o) => s + o.total_amount, 0),
      order_count: orders.length,
      guest_count: null,
    });
    expect(t1.recent_orders).toEqual(orders.slice(0, 3));
    const t10 = r.data.tables.find((x: { table_number: number }) => x.table_number === 10);
    expect(t10.session).toBeNull();
    expect(t10.recent_orders).toEqual([]);
  });

  it('order numbers increase without gaps per business day', async () => {
    const a = await placeOrder(t, tables[2]!.token, [{ menu_id: items[0]!.id, quantity: 1 }]);
    const b = await placeOrder(t, tables[3]!.token, [{ menu_id: items[0]!.id, quantity: 1 }]);
    const seq = (o: Order) => Number(o.order_number.slice(-4));
    expect(b.order_number.slice(0, 13)).toBe(a.order_number.slice(0, 13));
    expect(seq(b)).toBe(seq(a) + 1);
  });

  it('GET /api/admin/orders: active orders oldest first, status and table filters, last_event_id', async () => {
    const def = await t.call('GET', '/api/admin/orders', { token: admin });
    expect(def.status).toBe(200);
    expect(Object.keys(def.data).sort()).toEqual(['last_event_id', 'orders']);
    expect(def.data.last_event_id).toBe(
      (t.sql().prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as { seq: number }).seq,
    );
    const created = def.data.orders.map((o: Order) => `${o.created_at}#${String(o.id).padStart(9, '0')}`);
    expect(created).toEqual([...created].sort());
    expect(def.data.orders.every((o: Order) => o.status !== 'completed')).toBe(true);
    const one = def.data.orders[0] as Order;
    await t.call('PUT', `/api/admin/orders/${one.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    const prep = await t.call('GET', '/api/admin/orders?status=preparing', { token: admin });
    expect(prep.data.orders.map((o: Order) => o.id)).toEqual([one.id]);
    const byTable = await t.call(
      'GET',
      `/api/admin/orders?table_id=${tables[1]!.id}&status=pending,preparing,completed`,
      {
        token: admin,
      },
    );
    expect(byTable.data.orders.length).toBeGreaterThan(0);
    expect(byTable.data.orders.every((o: Order) => o.table_id === tables[1]!.id)).toBe(true);
  });

  it('status changes: forward, one step back, same is a no-op, others 409', async () => {
    const o = await placeOrder(t, tables[2]!.token, [{ menu_id: items[0]!.id, quantity: 1 }]);
    const put = (status: string) =>
      t.call<Order>('PUT', `/api/admin/orders/${o.id}/status`, { token: admin, body: { status } });
    expectError(await put('completed'), 409);
    const p = await put('preparing');
    expect(p.status).toBe(200);
    expectOrderShape(p.data);
    expect(p.data.status).toBe('preparing');
    expect((await put('pending')).data.status).toBe('pending');
    expect((await put('preparing')).data.status).toBe('preparing');
    expect((await put('completed')).data.status).toBe('completed');
    expectError(await put('pending'), 409);
    const same = await put('completed');
    expect(same.status).toBe(200);
    expect(same.data.status).toBe('completed');
    expect((await put('preparing')).data.status).toBe('preparing');
    expectError(await put('cooking'), 400, 'status');
    expectError(
      await t.call('PUT', `/api/admin/orders/${o.id}/status`, {
        token: admin,
        body: { status: 'pending', x: 1 },
      }),
      400,
      'x',
    );
    expectError(
      await t.call('PUT', '/api/admin/orders/999999/status', { token: admin, body: { status: 'pending' } }),
      404,
    );
    const got = await t.call<Order>('GET', `/api/admin/orders/${o.id}`, { token: admin });
    expect(got.status).toBe(200);
    expect(got.data.status).toBe('preparing');
  });

  it('DELETE an order: 204, gone, recorded in the audit log with staff and time; manager only', async () => {
    const o = await placeOrder(t, tables[3]!.token, [{ menu_id: items[0]!.id, quantity: 1 }]);
    const cook = await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook-orders', password: 'cook-1234', role: 'kitchen' },
    });
    expect(cook.status).toBe(201);
    const kitchen = (await t.adminLogin('cook-orders', 'cook-1234')).token;
    expectError(await t.call('DELETE', `/api/admin/orders/${o.id}`, { token: kitchen }), 403);
    const r = await t.call('DELETE', `/api/admin/orders/${o.id}`, { token: admin });
    expect(r.status).toBe(204);
    expectError(await t.call('GET', `/api/admin/orders/${o.id}`, { token: admin }), 404);
    expectError(await t.call('DELETE', `/api/admin/orders/${o.id}`, { token: admin }), 404);
    const audit = t
      .sql()
      .prepare("SELECT * FROM audit_log WHERE action = 'order.deleted' AND entity_id = ?")
      .get(o.id) as {
      staff_username: string;
      created_at: string;
    };
    expect(audit.staff_username).toBe('admin');
    expect(Date.now() - Date.parse(audit.created_at)).toBeLessThan(60_000);
    const mine = await t.call('GET', '/api/orders', { token: tables[3]!.token });
    expect(mine.data.orders.some((x: Order) => x.id === o.id)).toBe(false);
  });
});

describe('concurrency', () => {
  it('20 parallel orders on one table: 20 unique increasing numbers, the session total is their sum', async () => {
    const tl = await t.tableLogin(7);
    const menu = items.filter((m) => m.available);
    const posts = Array.from({ length: 20 }, (_, i) =>
      t.call<Order>('POST', '/api/orders', {
        token: tl.token,
        body: {
          client_order_id: uuid(),
          items: [{ menu_id: menu[i % menu.length]!.id, quantity: (i % 3) + 1 }],
        },
      }),
    );
    const results = await Promise.all(posts);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const orders = results.map((r) => r.data).sort((a, b) => a.id - b.id);
    const numbers = orders.map((o) => o.order_number);
    expect(new Set(numbers).size).toBe(20);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]! > numbers[i - 1]!).toBe(true);
    expect(new Set(orders.map((o) => o.session_id)).size).toBe(1);
    const sum = orders.reduce((s, o) => s + o.total_amount, 0);
    const dash = await t.call('GET', '/api/admin/dashboard', { token: admin });
    const row = dash.data.tables.find((x: { id: number }) => x.id === tl.table.id);
    expect(row.session).toEqual({
      id: orders[0]!.session_id,
      started_at: expect.any(String),
      total_amount: sum,
      order_count: 20,
      guest_count: null,
    });
    expect(row.recent_orders.map((o: Order) => o.id)).toEqual(
      orders
        .slice(-3)
        .map((o) => o.id)
        .reverse(),
    );
  });
});

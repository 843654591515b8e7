/** Placing orders (server prices, snapshots, idempotency, numbering) and the store's order calls. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, expectOrderShape, menuItems, placeOrder, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
const tables: Record<number, { token: string; id: number }> = {};
let items: Menu[];

const countRows = (table: string) =>
  (t.sql().prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  t = await startServer({ timeZone: 'Asia/Seoul' });
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3, 4, 5, 6]) {
    const l = await t.tableLogin(n);
    tables[n] = { token: l.token, id: l.table.id };
  }
  items = await menuItems(t, tables[1]!.token);
});
/** An order line without options or note, as a pending order shows it (API-2 shape). */
const plainLine = (menuId: number, name: string, price: number, quantity: number) => ({
  menu_id: menuId,
  menu_name: name,
  base_price: price,
  unit_price: price,
  quantity,
  subtotal: price * quantity,
  note: null,
  options: [],
  status: 'pending',
  // A category made by a test has no station (the default one).
  station_id: null as number | null,
});

afterAll(stopAllServers);

describe('POST /api/orders', () => {
  it('creates an order with server prices and names, and starts a session', async () => {
    const [a, b] = items;
    const before = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    expect(before.data).toEqual({ session_id: null, orders: [] });
    const r = await t.call<Order>('POST', '/api/orders', {
      token: tables[1]!.token,
      body: {
        client_order_id: uuid(),
        items: [
          { menu_id: a!.id, quantity: 2 },
          { menu_id: b!.id, quantity: 1 },
        ],
      },
    });
    expect(r.status).toBe(201);
    expectOrderShape(r.data);
    expect(r.data.status).toBe('pending');
    expect(r.data.table_id).toBe(tables[1]!.id);
    expect(r.data.table_number).toBe(1);
    expect(r.data.items).toEqual([
      // The demo store routes every category to a station.
      { ...plainLine(a!.id, a!.name, a!.price, 2), id: expect.any(Number), station_id: expect.any(Number) },
      { ...plainLine(b!.id, b!.name, b!.price, 1), id: expect.any(Number), station_id: expect.any(Number) },
    ]);
    expect(r.data.total_amount).toBe(a!.price * 2 + b!.price);
    // ORD-YYYYMMDD-NNNN with the store-local (Seoul) business date.
    const seoulDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(
      new Date(r.data.created_at),
    );
    expect(r.data.order_number).toMatch(new RegExp(`^ORD-${seoulDate.replaceAll('-', '')}-\\d{4}$`));

    const after = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    expect(after.data.session_id).toBe(r.data.session_id);
    expect(after.data.orders).toEqual([r.data]);
    const again = await placeOrder(t, tables[1]!.token, [{ menu_id: a!.id, quantity: 1 }]);
    expect(again.session_id).toBe(r.data.session_id);
    // Newest first.
    const list = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    expect(list.data.orders.map((o: Order) => o.id)).toEqual([again.id, r.data.id]);
  });

  it('a client cannot set a price or a name: extra fields are 400s', async () => {
    const id = items[0]!.id;
    const cases = [
      { items: [{ menu_id: id, quantity: 1, unit_price: 1 }], path: 'items.0.unit_price' },
      { items: [{ menu_id: id, quantity: 1, price: 1 }], path: 'items.0.price' },
      { items: [{ menu_id: id, quantity: 1, menu_name: 'free' }], path: 'items.0.menu_name' },
    ];
    for (const c of cases) {
      const r = await t.call('POST', '/api/orders', {
        token: tables[2]!.token,
        body: { client_order_id: uuid(), items: c.items },
      });
      expectError(r, 400, c.path);
    }
    const total = await t.call('POST', '/api/orders', {
      token: tables[2]!.token,
      body: { client_order_id: uuid(), items: [{ menu_id: id, quantity: 1 }], total_amount: 1 },
    });
    expectError(total, 400, 'total_amount');
    expect((await t.call('GET', '/api/orders', { token: tables[2]!.token })).data.orders).toEqual([]);
  });

  it('validates quantity 1-99, 1-50 lines, the UUID and the item ids', async () => {
    const id = items[0]!.id;
    const post = (body: unknown) => t.call('POST', '/api/orders', { token: tables[2]!.token, body });
    expectError(
      await post({ client_order_id: uuid(), items: [{ menu_id: id, quantity: 0 }] }),
      400,
      'items.0.quantity',
    );
    expectError(
      await post({ client_order_id: uuid(), items: [{ menu_id: id, quantity: 100 }] }),
      400,
      'items.0.quantity',
    );
    expectError(
      await post({ client_order_id: uuid(), items: [{ menu_id: id, quantity: 1.5 }] }),
      400,
      'items.0.quantity',
    );
    expectError(await post({ client_order_id: uuid(), items: [] }), 400, 'items');
    const lines = Array.from({ length: 51 }, () => ({ menu_id: id, quantity: 1 }));
    expectError(await post({ client_order_id: uuid(), items: lines }), 400, 'items');
    expectError(
      await post({ client_order_id: 'not-a-uuid', items: [{ menu_id: id, quantity: 1 }] }),
      400,
      'client_order_id',
    );
    expectError(await post({ items: [{ menu_id: id, quantity: 1 }] }), 400, 'client_order_id');
    expectError(
      await post({ client_order_id: uuid(), items: [{ menu_id: 'one', quantity: 1 }] }),
      400,
      'items.0.menu_id',
    );
    // Exactly at the limits is fine.
    const max = Array.from({ length: 50 }, () => ({ menu_id: id, quantity: 99 }));
    const ok = await post({ client_order_id: uuid(), items: max });
    expect(ok.status).toBe(201);
    expect(ok.data.total_amount).toBe(items[0]!.price * 99 * 50);
  });

  it('an unknown menu id is a 404, a sold-out one a 400', async () => {
    const r = await t.call('POST', '/api/orders', {
      token: tables[3]!.token,
      body: { client_order_id: uuid(), items: [{ menu_id: 987654, quantity: 1 }] },
    });
    expectError(r, 404);
    const target = items[items.length - 1]!;
    expect(
      (await t.call('PUT', `/api/admin/menus/${target.id}`, { token: admin, body: { available: false } }))
        .status,
    ).toBe(200);
    const sold = await t.call('POST', '/api/orders', {
      token: tables[3]!.token,
      body: {
        client_order_id: uuid(),
        items: [
          { menu_id: items[0]!.id, quantity: 1 },
          { menu_id: target.id, quantity: 1 },
        ],
      },
    });
    expectError(sold, 400, 'items.1.menu_id');
    await t.call('PUT', `/api/admin/menus/${target.id}`, { token: admin, body: { available: true } });
    // Nothing was created by the refused orders: no session either.
    expect((await t.call('GET', '/api/orders', { token: tables[3]!.token })).data).toEqual({
      session_id: null,
      orders: [],
    });
  });

  it('keeps the name and price snapshot when the menu item changes later', async () => {
    const cat = await t.call('POST', '/api/admin/categories', {
      token: admin,
      body: { name: 'Snapshot test' },
    });
    const m = await t.call('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: cat.data.id, name: 'Old name', price: 1000 },
    });
    const order = await placeOrder(t, tables[4]!.token, [{ menu_id: m.data.id, quantity: 3 }]);
    await t.call('PUT', `/api/admin/menus/${m.data.id}`, {
      token: admin,
      body: { name: 'New name', price: 5000 },
    });
    const got = await t.call<Order>('GET', `/api/admin/orders/${order.id}`, { token: admin });
    expect(got.data.items).toEqual([
      { ...plainLine(m.data.id, 'Old name', 1000, 3), id: expect.any(Number) },
    ]);
    expect(got.data.total_amount).toBe(3000);
    // A new order uses the new price.
    const next = await placeOrder(t, tables[4]!.token, [{ menu_id: m.data.id, quantity: 1 }]);
    expect(next.items[0]).toMatchObject({ menu_name: 'New name', unit_price: 5000 });
    // Deleting the item keeps both snapshots; ordering it now is a 404.
    expect((await t.call('DELETE', `/api/admin/menus/${m.data.id}`, { token: admin })).status).toBe(204);
    const table4 = await t.call('GET', '/api/orders', { token: tables[4]!.token });
    expect(table4.data.orders.map((o: Order) => o.items[0]!.menu_name)).toEqual(['New name', 'Old name']);
    const r = await t.call('POST', '/api/orders', {
      token: tables[4]!.token,
      body: { client_order_id: uuid(), items: [{ menu_id: m.data.id, quantity: 1 }] },
    });
    expectError(r, 404);
  });
});

describe('idempotency (client_order_id)', () => {
  it('a replay answers 200 with the same order and creates nothing', async () => {
    const id = uuid();
    const body = { client_order_id: id, items: [{ menu_id: items[1]!.id, quantity: 2 }] };
    const first = await t.call<Order>('POST', '/api/orders', { token: tables[5]!.token, body });
    expect(first.status).toBe(201);
    const orders = countRows('orders');
    const lines = countRows('order_items');
    const events = countRows('events');
    const sessions = countRows('table_sessions');
    const second = await t.call<Order>('POST', '/api/orders', { token: tables[5]!.token, body });
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(countRows('orders')).toBe(orders);
    expect(countRows('order_items')).toBe(lines);
    expect(countRows('events')).toBe(events);
    expect(countRows('table_sessions')).toBe(sessions);
  });

  it('the same id with other items is a 409, and from another table too', async () => {
    const id = uuid();
    await placeOrder(t, tables[5]!.token, [{ menu_id: items[1]!.id, quantity: 1 }], id);
    const events = countRows('events');
    const other = await t.call('POST', '/api/orders', {
      token: tables[5]!.token,
      body: { client_order_id: id, items: [{ menu_id: items[1]!.id, quantity: 3 }] },
    });
    expectError(other, 409);
    const otherTable = await t.call('POST', '/api/orders', {
      token: tables[6]!.token,
      body: { client_order_id: id, items: [{ menu_id: items[1]!.id, quantity: 1 }] },
    });
    expectError(otherTable, 409);
    expect(countRows('events')).toBe(events);
  });

  it('a replay after the session ended still answers 200 with that (archived) order', async () => {
    const id = uuid();
    const body = { client_order_id: id, items: [{ menu_id: items[2]!.id, quantity: 1 }] };
    const first = await t.call<Order>('POST', '/api/orders', { token: tables[6]!.token, body });
    expect(first.status).toBe(201);
    const end = await t.call('POST', `/api/admin/tables/${tables[6]!.id}/session/end`, { token: admin });
    expect(end.status).toBe(200);
    const counts = ['orders', 'order_history', 'events', 'table_sessions'].map(countRows);
    const replay = await t.call<Order>('POST', '/api/orders', { token: tables[6]!.token, body });
    expect(replay.status).toBe(200);
    expect(replay.data).toEqual(first.data);
    expect(['orders', 'order_history', 'events', 'table_sessions'].map(countRows)).toEqual(counts);
    expect((await t.call('GET', '/api/orders', { token: tables[6]!.token })).data).toEqual({
      session_id: null,
      orders: [],
    });
    const changed = await t.call('POST', '/api/orders', {
      token: tables[6]!.token,
      body: { ...body, items: [{ menu_id: items[2]!.id, quantity: 2 }] },
    });
    expectError(changed, 409);
  });
});

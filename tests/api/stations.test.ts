/**
 * API-2 "Kitchen" (K5, K6): stations and their limits, categories routed to them, each line's
 * station on orders, the station filter, per-line status with the order's status following its
 * lines, and the events that carry it (to the store channel and only the order's own table).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, MenuTree, Order, Station } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, expectOrderShape, uuid } from './helpers/api';
import { json } from './helpers/sse';

let t: TestServer;
let admin: string;
let cook: string;
let table1: string;
let table2: string;
let tree: MenuTree;

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  const staff = await t.call('POST', '/api/admin/staff', {
    token: admin,
    body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
  });
  expect(staff.status).toBe(201);
  cook = (await t.adminLogin('cook', 'cook-pass')).token;
  table1 = (await t.tableLogin(1)).token;
  table2 = (await t.tableLogin(2)).token;
  tree = (await t.call<MenuTree>('GET', '/api/menus', { token: table1 })).data;
});
afterAll(stopAllServers);

const stations = async () =>
  (await t.call<{ stations: Station[] }>('GET', '/api/admin/stations', { token: cook })).data.stations;
const dish = (category: string, name: string) =>
  tree.categories.find((c) => c.name === category)!.menus.find((m) => m.name === name)!;
/** A meal (주방) and a drink (음료); the drink's required size is chosen. */
async function mealAndDrink(token = table1): Promise<Order> {
  const cola = dish('음료', '콜라');
  const r = await t.call<Order>('POST', '/api/orders', {
    token,
    body: {
      client_order_id: uuid(),
      items: [
        { menu_id: dish('식사', '비빔밥').id, quantity: 2 },
        { menu_id: cola.id, quantity: 1, option_ids: [cola.option_groups[0]!.options[0]!.id] },
      ],
    },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}
const setLine = (order: Order, index: number, status: string, token = cook) =>
  t.call<Order>('PUT', `/api/admin/orders/${order.id}/items/${order.items[index]!.id}/status`, {
    token,
    body: { status },
  });

describe('stations', () => {
  it('the demo store routes its categories to 주방, 분식 and 음료; staff read them, only the manager writes', async () => {
    const list = await stations();
    expect(list.map((s) => s.name)).toEqual(['주방', '분식', '음료']);
    const byId = new Map(list.map((s) => [s.id, s.name]));
    const cats = (await t.call<{ categories: Category[] }>('GET', '/api/admin/categories', { token: cook }))
      .data.categories;
    expect(Object.fromEntries(cats.map((c) => [c.name, byId.get(c.station_id!)]))).toEqual({
      식사: '주방',
      '찌개·탕': '주방',
      '안주·분식': '분식',
      음료: '음료',
    });
    expectError(await t.call('POST', '/api/admin/stations', { token: cook, body: { name: '튀김' } }), 403);
    expectError(await t.call('GET', '/api/admin/stations', { token: table1 }), 403);
    expectError(await t.call('GET', '/api/admin/stations'), 401);
  });

  it('creates, renames and reorders; refuses duplicates, bad names and the 21st station', async () => {
    const sse = await t.sse('/api/admin/events', admin);
    await sse.next('snapshot');
    const r = await t.call<Station>('POST', '/api/admin/stations', {
      token: admin,
      body: { name: '  튀김 ' },
    });
    expect(r.status, r.text).toBe(201);
    expect(r.data).toEqual({ id: expect.any(Number), name: '튀김', display_order: 3 });
    await sse.next('menu.updated');
    expectError(await t.call('POST', '/api/admin/stations', { token: admin, body: { name: '튀김' } }), 409);
    expectError(
      await t.call('POST', '/api/admin/stations', { token: admin, body: { name: '' } }),
      400,
      'name',
    );
    expectError(
      await t.call('POST', '/api/admin/stations', { token: admin, body: { name: 'x'.repeat(31) } }),
      400,
      'name',
    );
    expectError(
      await t.call('POST', '/api/admin/stations', { token: admin, body: { name: 'a', extra: 1 } }),
      400,
    );
    const put = await t.call<Station>('PUT', `/api/admin/stations/${r.data.id}`, {
      token: admin,
      body: { name: '튀김·구이', display_order: 0 },
    });
    expect(put.data).toEqual({ id: r.data.id, name: '튀김·구이', display_order: 0 });
    await sse.next('menu.updated');
    // Listed by display_order, then id.
    expect((await stations()).map((x) => x.name)).toEqual(['주방', '튀김·구이', '분식', '음료']);
    expectError(
      await t.call('PUT', `/api/admin/stations/${r.data.id}`, { token: admin, body: { name: '주방' } }),
      409,
    );
    expectError(await t.call('PUT', '/api/admin/stations/99999', { token: admin, body: { name: 'y' } }), 404);
    sse.close();

    const before = (await stations()).length;
    for (let i = before; i < 20; i++) {
      expect(
        (await t.call('POST', '/api/admin/stations', { token: admin, body: { name: `S${i}` } })).status,
      ).toBe(201);
    }
    const over = await t.call('POST', '/api/admin/stations', {
      token: admin,
      body: { name: 'one too many' },
    });
    expectError(over, 409);
    expect((await stations()).length).toBe(20);
    for (const s of (await stations()).filter((x) => /^S\d+$/.test(x.name))) {
      expect((await t.call('DELETE', `/api/admin/stations/${s.id}`, { token: admin })).status).toBe(204);
    }
  });

  it('a category takes an existing station or null; deleting a station moves its categories to the default', async () => {
    const grill = await t.call<Station>('POST', '/api/admin/stations', {
      token: admin,
      body: { name: '그릴' },
    });
    const cat = await t.call<Category>('POST', '/api/admin/categories', {
      token: admin,
      body: { name: '구이', station_id: grill.data.id },
    });
    expect(cat.status, cat.text).toBe(201);
    expect(cat.data.station_id).toBe(grill.data.id);
    expectError(
      await t.call('PUT', `/api/admin/categories/${cat.data.id}`, {
        token: admin,
        body: { station_id: 99999 },
      }),
      400,
      'station_id',
    );
    expectError(
      await t.call('PUT', `/api/admin/categories/${cat.data.id}`, {
        token: admin,
        body: { station_id: 'x' },
      }),
      400,
    );
    expect((await t.call('DELETE', `/api/admin/stations/${grill.data.id}`, { token: admin })).status).toBe(
      204,
    );
    const after = (await t.call<{ categories: Category[] }>('GET', '/api/admin/categories', { token: admin }))
      .data;
    expect(after.categories.find((c) => c.id === cat.data.id)!.station_id).toBeNull();
    expectError(await t.call('DELETE', `/api/admin/stations/${grill.data.id}`, { token: admin }), 404);
    const put = await t.call<Category>('PUT', `/api/admin/categories/${cat.data.id}`, {
      token: admin,
      body: { station_id: null },
    });
    expect(put.status).toBe(200);
  });
});

describe('lines by station', () => {
  it('each line carries its station; ?station_id= keeps orders with a line there, 0 = the default station', async () => {
    const order = await mealAndDrink();
    expectOrderShape(order);
    const [kitchen, , drinks] = await stations().then((l) =>
      l.filter((s) => ['주방', '분식', '음료'].includes(s.name)),
    );
    expect(order.items.map((i) => i.station_id)).toEqual([kitchen!.id, drinks!.id]);
    const ids = async (q: string) =>
      (await t.call<{ orders: Order[] }>('GET', `/api/admin/orders${q}`, { token: cook })).data.orders.map(
        (o) => o.id,
      );
    expect(await ids(`?station_id=${drinks!.id}`)).toContain(order.id);
    expect(await ids(`?station_id=${kitchen!.id}`)).toContain(order.id);
    const fryer = (await stations()).find((s) => s.name === '분식')!;
    expect(await ids(`?station_id=${fryer.id}`)).not.toContain(order.id);
    expect(await ids('?station_id=0')).not.toContain(order.id);
    const listed = (
      await t.call<{ orders: Order[] }>('GET', `/api/admin/orders?station_id=${drinks!.id}`, { token: cook })
    ).data.orders.find((o) => o.id === order.id)!;
    expect(listed.items).toHaveLength(2);
    expectError(await t.call('GET', '/api/admin/orders?station_id=-1', { token: cook }), 400);
    expectError(await t.call('GET', '/api/admin/orders?station_id=abc', { token: cook }), 400);
  });
});

describe('per-line status', () => {
  it('the order follows its lines, and each change reaches the store and only its own table', async () => {
    const order = await mealAndDrink();
    const store = await t.sse('/api/admin/events', cook);
    await store.next('snapshot');
    const own = await t.sse('/api/table/events', table1);
    await own.next('snapshot');
    const other = await t.sse('/api/table/events', table2);
    await other.next('snapshot');

    const a = await setLine(order, 1, 'preparing');
    expect(a.status, a.text).toBe(200);
    expectOrderShape(a.data);
    expect(a.data.status).toBe('preparing');
    expect(a.data.items.map((i) => i.status)).toEqual(['pending', 'preparing']);
    const ev = json<{ order: Order }>(await store.next('order.updated'));
    expect(ev.order.items.map((i) => i.status)).toEqual(['pending', 'preparing']);
    expect(json<{ order: Order }>(await own.next('order.updated')).order.status).toBe('preparing');

    const b = await setLine(order, 1, 'completed');
    expect(b.data.status).toBe('preparing');
    expect(b.data.items.map((i) => i.status)).toEqual(['pending', 'completed']);
    // The same status again is a no-op; skipping a step or an unknown line is refused.
    expect((await setLine(order, 1, 'completed')).status).toBe(200);
    expectError(await setLine(order, 0, 'completed'), 409);
    expectError(
      await t.call('PUT', `/api/admin/orders/${order.id}/items/999999/status`, {
        token: cook,
        body: { status: 'preparing' },
      }),
      404,
    );
    expectError(
      await t.call('PUT', `/api/admin/orders/999999/items/${order.items[0]!.id}/status`, {
        token: cook,
        body: { status: 'preparing' },
      }),
      404,
    );
    expectError(await setLine(order, 0, 'done'), 400, 'status');
    expectError(await setLine(order, 0, 'preparing', table1), 403);

    await setLine(order, 0, 'preparing');
    const done = await setLine(order, 0, 'completed');
    expect(done.data.status).toBe('completed');
    const read = await t.call<Order>('GET', `/api/admin/orders/${order.id}`, { token: cook });
    expect(read.data.status).toBe('completed');
    expect(read.data.items.map((i) => i.status)).toEqual(['completed', 'completed']);

    // Recalling one line takes the order back to 준비중; the whole-order bump sets every line.
    const back = await setLine(order, 1, 'preparing');
    expect(back.data.status).toBe('preparing');
    expect(back.data.items.map((i) => i.status)).toEqual(['completed', 'preparing']);
    const whole = await t.call<Order>('PUT', `/api/admin/orders/${order.id}/status`, {
      token: cook,
      body: { status: 'completed' },
    });
    expect(whole.data.items.map((i) => i.status)).toEqual(['completed', 'completed']);

    const tableOrders = (await t.call<{ orders: Order[] }>('GET', '/api/orders', { token: table1 })).data
      .orders;
    expect(tableOrders.find((o) => o.id === order.id)!.status).toBe('completed');
    await store.until(
      (f) => f.event === 'order.updated' && json<{ order: Order }>(f).order.status === 'completed',
    );
    // Table 2 heard nothing about table 1's order.
    expect(other.frames.filter((f) => f.event === 'order.updated')).toHaveLength(0);
    for (const s of [store, own, other]) s.close();
  });

  it('parallel bumps of every line of one order end completed exactly once', async () => {
    const order = await mealAndDrink(table2);
    await Promise.all(order.items.map((_, i) => setLine(order, i, 'preparing')));
    const results = await Promise.all(order.items.map((_, i) => setLine(order, i, 'completed')));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const read = await t.call<Order>('GET', `/api/admin/orders/${order.id}`, { token: cook });
    expect(read.data.status).toBe('completed');
    const rows = t
      .sql()
      .prepare('SELECT status FROM order_items WHERE order_id = ? ORDER BY id')
      .all(order.id) as { status: string }[];
    expect(rows.map((r) => r.status)).toEqual(['completed', 'completed']);
  });
});

/** Ending a table session (archive in one step) and reading the archive: date filter and paging. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryOrder, HistoryPage, Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type ApiResult, type TestServer } from './helpers/server';
import { expectError, expectOrderShape, menuItems, placeOrder } from './helpers/api';

let t: TestServer;
let admin: string;
let menu: Menu[];
const tables: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer({ timeZone: 'Asia/Seoul' });
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3]) {
    const l = await t.tableLogin(n);
    tables[n] = { token: l.token, id: l.table.id };
  }
  menu = await menuItems(t, tables[1]!.token);
});
afterAll(stopAllServers);

describe('session end', () => {
  it('archives every order of the session in one step and frees the table', async () => {
    const { token, id } = tables[1]!;
    const o1 = await placeOrder(t, token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const o2 = await placeOrder(t, token, [{ menu_id: menu[1]!.id, quantity: 2 }]);
    await t.call('PUT', `/api/admin/orders/${o1.id}/status`, { token: admin, body: { status: 'preparing' } });
    const r = await t.call('POST', `/api/admin/tables/${id}/session/end`, { token: admin });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      session_id: o1.session_id,
      ended_at: expect.stringMatching(/Z$/),
      archived_orders: 2,
      total_amount: o1.total_amount + o2.total_amount,
      // Nothing was paid: all of it is recorded as unpaid.
      unpaid_amount: o1.total_amount + o2.total_amount,
    });

    // Gone from the live tables and every live view.
    const live = t
      .sql()
      .prepare('SELECT COUNT(*) AS n FROM orders WHERE session_id = ?')
      .get(o1.session_id) as { n: number };
    expect(live.n).toBe(0);
    expectError(await t.call('GET', `/api/admin/orders/${o1.id}`, { token: admin }), 404);
    const active = await t.call('GET', '/api/admin/orders?status=pending,preparing,completed', {
      token: admin,
    });
    expect(active.data.orders.filter((o: Order) => o.table_id === id)).toEqual([]);
    expect((await t.call('GET', '/api/orders', { token })).data).toEqual({ session_id: null, orders: [] });
    const dash = await t.call('GET', '/api/admin/dashboard', { token: admin });
    const row = dash.data.tables.find((x: { id: number }) => x.id === id);
    expect(row.session).toBeNull();
    expect(row.recent_orders).toEqual([]);
    const list = await t.call('GET', '/api/admin/tables', { token: admin });
    expect(list.data.tables.find((x: { id: number }) => x.id === id).session).toBeNull();

    // Present in the history, with the session's end time and the status they had.
    const h = await t.call('GET', `/api/admin/tables/${id}/history`, { token: admin });
    expect(h.status).toBe(200);
    expect(h.data.next_cursor).toBeNull();
    expect(h.data.orders).toHaveLength(2);
    const byId = new Map<number, HistoryOrder>(h.data.orders.map((o: HistoryOrder) => [o.id, o]));
    for (const o of [o1, o2]) {
      const archived = byId.get(o.id)!;
      const { session_ended_at, session_unpaid_amount, session_payments, ...rest } = archived;
      expect(session_ended_at).toBe(r.data.ended_at);
      // Nothing was paid: the seating's whole total is recorded as unpaid.
      expect(session_unpaid_amount).toBe(r.data.unpaid_amount);
      expect(session_payments).toEqual([]);
      expectOrderShape(rest as Order);
      expect(rest).toMatchObject({
        order_number: o.order_number,
        // Lines follow their order's status (o1 went to preparing after it was placed).
        items: o.items.map((i) => ({ ...i, status: archived.status })),
        total_amount: o.total_amount,
      });
    }
    expect(byId.get(o1.id)!.status).toBe('preparing');

    // A new order starts a new session.
    const o3 = await placeOrder(t, token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect(o3.session_id).not.toBe(o1.session_id);
    expect((await t.call('GET', '/api/orders', { token })).data.session_id).toBe(o3.session_id);
  });

  it('never reuses an order id once the order is archived or deleted (and ends twice without a clash)', async () => {
    const { token, id } = tables[2]!;
    const a = await placeOrder(t, token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect((await t.call('POST', `/api/admin/tables/${id}/session/end`, { token: admin })).status).toBe(200);
    const b = await placeOrder(t, token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect(b.id).toBeGreaterThan(a.id);
    expect((await t.call('DELETE', `/api/admin/orders/${b.id}`, { token: admin })).status).toBe(204);
    const c = await placeOrder(t, token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    expect(c.id).toBeGreaterThan(b.id);
    const end = await t.call('POST', `/api/admin/tables/${id}/session/end`, { token: admin });
    expect(end.status).toBe(200);
    const h = await t.call('GET', `/api/admin/tables/${id}/history`, { token: admin });
    expect(h.data.orders.map((o: HistoryOrder) => o.id)).toEqual([c.id, a.id]);
  });

  it('is a 409 without an active session, 404 for an unknown table, 403 for kitchen staff', async () => {
    expectError(
      await t.call('POST', `/api/admin/tables/${tables[2]!.id}/session/end`, { token: admin }),
      409,
    );
    expectError(await t.call('POST', '/api/admin/tables/999999/session/end', { token: admin }), 404);
    await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook-h', password: 'cook-1234', role: 'kitchen' },
    });
    const cook = (await t.adminLogin('cook-h', 'cook-1234')).token;
    expectError(await t.call('POST', `/api/admin/tables/${tables[1]!.id}/session/end`, { token: cook }), 403);
    expectError(await t.call('GET', '/api/admin/history', { token: cook }), 403);
    expectError(await t.call('GET', `/api/admin/tables/${tables[1]!.id}/history`, { token: cook }), 403);
  });
});

describe('history', () => {
  // Store time zone Asia/Seoul (UTC+9): local midnight of 2020-03-10 is 2020-03-09T15:00:00Z.
  const instants = [
    '2020-03-09T14:59:59.999Z', // 03-09 23:59:59.999 local
    '2020-03-09T15:00:00.000Z', // 03-10 00:00 local
    '2020-03-10T03:00:00.000Z', // 03-10 12:00 local
    '2020-03-10T14:59:59.999Z', // 03-10 23:59:59.999 local
    '2020-03-10T15:00:00.000Z', // 03-11 00:00 local
  ];
  let archived: number[] = [];

  beforeAll(async () => {
    const { token, id } = tables[3]!;
    const orders: Order[] = [];
    for (let i = 0; i < 5; i++)
      orders.push(await placeOrder(t, token, [{ menu_id: menu[i]!.id, quantity: 1 }]));
    expect((await t.call('POST', `/api/admin/tables/${id}/session/end`, { token: admin })).status).toBe(200);
    const set = t.sql().prepare('UPDATE order_history SET created_at = ? WHERE id = ?');
    orders.forEach((o, i) => expect(set.run(instants[i], o.id).changes).toBe(1));
    archived = orders.map((o) => o.id);
  });

  const ids = (r: { data: { orders: HistoryOrder[] } }) => r.data.orders.map((o) => o.id);

  it('from/to are inclusive store-local dates', async () => {
    const base = `/api/admin/tables/${tables[3]!.id}/history`;
    const day = await t.call('GET', `${base}?from=2020-03-10&to=2020-03-10`, { token: admin });
    expect(day.status).toBe(200);
    expect(ids(day)).toEqual([archived[3], archived[2], archived[1]]);
    expect(ids(await t.call('GET', `${base}?from=2020-03-09&to=2020-03-09`, { token: admin }))).toEqual([
      archived[0],
    ]);
    expect(ids(await t.call('GET', `${base}?from=2020-03-11`, { token: admin }))).toEqual(
      // Anything archived today from this table would also match; there is none.
      [archived[4]],
    );
    expect(ids(await t.call('GET', `${base}?to=2020-03-09`, { token: admin }))).toEqual([archived[0]]);
    expect(ids(await t.call('GET', `${base}?from=2020-03-09&to=2020-03-11`, { token: admin }))).toEqual(
      [...archived].reverse(),
    );
    // Store-wide history with the same filter finds the same orders (no other table has 2020 orders).
    const store = await t.call('GET', '/api/admin/history?from=2020-03-10&to=2020-03-10', { token: admin });
    expect(ids(store)).toEqual([archived[3], archived[2], archived[1]]);
    expect(store.data.orders[0].table_number).toBe(3);
  });

  it('pages with an opaque cursor: limit 2 over 5 gives 3 pages, no duplicates, no gaps', async () => {
    const base = `/api/admin/tables/${tables[3]!.id}/history?from=2020-01-01&to=2020-12-31&limit=2`;
    const pages: number[][] = [];
    let cursor: string | null = null;
    do {
      const r: ApiResult<HistoryPage> = await t.call(
        'GET',
        cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base,
        {
          token: admin,
        },
      );
      expect(r.status).toBe(200);
      expect(Object.keys(r.data).sort()).toEqual(['next_cursor', 'orders']);
      pages.push(ids(r));
      cursor = r.data.next_cursor;
      expect(pages.length).toBeLessThanOrEqual(3);
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual([...archived].reverse());
    // The store-wide list pages the same way.
    const all = await t.call('GET', '/api/admin/history?from=2020-03-09&to=2020-03-11&limit=4', {
      token: admin,
    });
    expect(all.data.orders).toHaveLength(4);
    expect(typeof all.data.next_cursor).toBe('string');
    const rest = await t.call(
      'GET',
      `/api/admin/history?from=2020-03-09&to=2020-03-11&limit=4&cursor=${all.data.next_cursor}`,
      {
        token: admin,
      },
    );
    expect(ids(rest)).toEqual([archived[0]]);
    expect(rest.data.next_cursor).toBeNull();
  });

  it('defaults to 50 per page and archived orders only', async () => {
    const r = await t.call('GET', '/api/admin/history', { token: admin });
    expect(r.status).toBe(200);
    const live = (
      await t.call('GET', '/api/admin/orders?status=pending,preparing,completed', { token: admin })
    ).data.orders;
    const liveIds = new Set(live.map((o: Order) => o.id));
    expect(r.data.orders.some((o: HistoryOrder) => liveIds.has(o.id))).toBe(false);
    expect(r.data.orders.length).toBeLessThanOrEqual(50);
    expect(r.data.orders.every((o: HistoryOrder) => typeof o.session_ended_at === 'string')).toBe(true);
  });

  it('refuses a bad cursor, a limit out of 1-200, bad dates and unknown fields with 400', async () => {
    const base = `/api/admin/tables/${tables[3]!.id}/history`;
    expectError(await t.call('GET', `${base}?cursor=garbage`, { token: admin }), 400, 'cursor');
    const forged = Buffer.from('{"not":"a cursor"}').toString('base64url');
    expectError(await t.call('GET', `/api/admin/history?cursor=${forged}`, { token: admin }), 400, 'cursor');
    expectError(await t.call('GET', `${base}?limit=201`, { token: admin }), 400, 'limit');
    expectError(await t.call('GET', `${base}?limit=0`, { token: admin }), 400, 'limit');
    expectError(await t.call('GET', `${base}?limit=abc`, { token: admin }), 400, 'limit');
    expect((await t.call('GET', `${base}?limit=200`, { token: admin })).status).toBe(200);
    expectError(await t.call('GET', `${base}?from=2020-02-30`, { token: admin }), 400, 'from');
    expectError(await t.call('GET', `${base}?to=20200310`, { token: admin }), 400, 'to');
    expectError(await t.call('GET', `${base}?from=2020-03-11&to=2020-03-10`, { token: admin }), 400);
    expectError(await t.call('GET', `${base}?page=2`, { token: admin }), 400, 'page');
    expectError(await t.call('GET', '/api/admin/tables/999999/history', { token: admin }), 404);
  });
});

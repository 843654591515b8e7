/**
 * Atomicity under injected failures: a trigger added from outside (a second SQLite connection)
 * aborts one write mid-transaction; nothing of it may remain, and jobs batched with it in the
 * same group commit must still succeed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Menu, Order } from '../../src-shared/types';
import { createOrder } from '../../src-main/services/orders.service';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, menuItems, placeOrder, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
const tables: Record<number, { token: string; id: number }> = {};
let menu: Menu[];
let storeId: number;

const count = (sql: string, ...args: unknown[]) =>
  (
    t
      .sql()
      .prepare(sql)
      .get(...args) as { n: number }
  ).n;
const snapshot = () => ({
  orders: count('SELECT COUNT(*) AS n FROM orders'),
  items: count('SELECT COUNT(*) AS n FROM order_items'),
  sessions: count('SELECT COUNT(*) AS n FROM table_sessions'),
  active: count('SELECT COUNT(*) AS n FROM table_sessions WHERE ended_at IS NULL'),
  history: count('SELECT COUNT(*) AS n FROM order_history'),
  events: count('SELECT COUNT(*) AS n FROM events'),
  lastEvent: count("SELECT seq AS n FROM sqlite_sequence WHERE name = 'events'"),
  counter: count('SELECT COALESCE(SUM(last_seq), 0) AS n FROM order_counters'),
});
const seq = (o: Order) => Number(o.order_number.slice(-4));

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3, 4, 5, 6]) {
    const l = await t.tableLogin(n);
    tables[n] = { token: l.token, id: l.table.id };
    storeId = l.store.id;
  }
  menu = await menuItems(t, tables[1]!.token);
});
afterEach(() => {
  t.sql().exec('DROP TRIGGER IF EXISTS inject_items; DROP TRIGGER IF EXISTS inject_history;');
  vi.restoreAllMocks();
});
afterAll(stopAllServers);

function injectOnQuantity7() {
  t.sql().exec(`CREATE TRIGGER inject_items BEFORE INSERT ON order_items WHEN NEW.quantity = 7
    BEGIN SELECT RAISE(ABORT, 'injected'); END;`);
}

describe('failure injected into an order', () => {
  it('leaves no order, no session, no event, and does not advance the number counter', async () => {
    const first = await placeOrder(t, tables[2]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    await t.call('POST', `/api/admin/tables/${tables[2]!.id}/session/end`, { token: admin });
    injectOnQuantity7();
    const before = snapshot();
    const r = await t.call('POST', '/api/orders', {
      token: tables[2]!.token,
      // The first line inserts fine; the second one aborts the transaction half way.
      body: {
        client_order_id: uuid(),
        items: [
          { menu_id: menu[0]!.id, quantity: 1 },
          { menu_id: menu[1]!.id, quantity: 7 },
        ],
      },
    });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect([409, 500, 503]).toContain(r.status);
    expectError(r, r.status);
    expect(snapshot()).toEqual(before);
    expect((await t.call('GET', '/api/orders', { token: tables[2]!.token })).data).toEqual({
      session_id: null,
      orders: [],
    });

    const next = await placeOrder(t, tables[2]!.token, [{ menu_id: menu[0]!.id, quantity: 2 }]);
    expect(seq(next)).toBe(seq(first) + 1);
    expect(next.session_id).not.toBe(first.session_id);
  });

  it('a failing order batched with good concurrent orders: only the bad one fails (HTTP)', async () => {
    injectOnQuantity7();
    const good = [3, 4, 5, 6].map((n) =>
      t.call<Order>('POST', '/api/orders', {
        token: tables[n]!.token,
        body: { client_order_id: uuid(), items: [{ menu_id: menu[0]!.id, quantity: 1 }] },
      }),
    );
    const badId = uuid();
    const bad = t.call('POST', '/api/orders', {
      token: tables[2]!.token,
      body: { client_order_id: badId, items: [{ menu_id: menu[2]!.id, quantity: 7 }] },
    });
    const [b, ...g] = await Promise.all([bad, ...good]);
    expect([409, 500, 503]).toContain(b!.status);
    expectError(b!, b!.status);
    expect(g.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const seqs = g.map((r) => seq(r.data)).sort((x, y) => x - y);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1]! + 1);
    expect(count('SELECT COUNT(*) AS n FROM orders WHERE client_order_id = ?', badId)).toBe(0);
    for (const r of g) {
      expect(count('SELECT COUNT(*) AS n FROM orders WHERE id = ?', r.data.id)).toBe(1);
      expect(
        count(
          "SELECT COUNT(*) AS n FROM events WHERE type = 'order.created' AND json_extract(payload, '$.order.id') = ?",
          r.data.id,
        ),
      ).toBe(1);
    }
  });

  it('the same, with the jobs provably in one group-commit transaction', async () => {
    injectOnQuantity7();
    const ctx = t.server.ctx;
    const principal = (n: number) => ({
      role: 'table' as const,
      guest: false,
      storeId,
      tokenHash: 'x',
      tableId: tables[n]!.id,
    });
    const exec = vi.spyOn(t.server.db, 'exec');
    const before = snapshot();
    // Queued in one turn of the event loop: the writer runs them in one BEGIN … COMMIT.
    const jobs = [
      createOrder(ctx, principal(3), {
        client_order_id: uuid(),
        items: [{ menu_id: menu[0]!.id, quantity: 1 }],
      }),
      createOrder(ctx, principal(4), {
        client_order_id: uuid(),
        items: [{ menu_id: menu[0]!.id, quantity: 7 }],
      }),
      createOrder(ctx, principal(5), {
        client_order_id: uuid(),
        items: [{ menu_id: menu[0]!.id, quantity: 1 }],
      }),
    ];
    const results = await Promise.allSettled(jobs);
    const begins = exec.mock.calls.filter(([s]) => /^BEGIN/i.test(String(s)));
    expect(begins).toHaveLength(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ok = results.filter((r) => r.status === 'fulfilled').map((r) => r.value.order);
    expect(seq(ok[1]!)).toBe(seq(ok[0]!) + 1);
    const after = snapshot();
    expect(after.orders).toBe(before.orders + 2);
    expect(after.events).toBe(before.events + 2);
    expect(after.counter).toBe(before.counter + 2);
  });
});

describe('failure injected into a session end', () => {
  it('keeps the orders and the active session, and sends no session.ended', async () => {
    const tableId = tables[1]!.id;
    const o1 = await placeOrder(t, tables[1]!.token, [{ menu_id: menu[0]!.id, quantity: 1 }]);
    const o2 = await placeOrder(t, tables[1]!.token, [{ menu_id: menu[1]!.id, quantity: 2 }]);
    // Let the first archived row in, fail on the second: a half-done archive if not atomic.
    const firstId = Math.min(o1.id, o2.id);
    t.sql().exec(`CREATE TRIGGER inject_history BEFORE INSERT ON order_history WHEN NEW.id <> ${firstId}
      BEGIN SELECT RAISE(ABORT, 'injected'); END;`);
    const before = snapshot();
    const ordersBefore = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    const r = await t.call('POST', `/api/admin/tables/${tableId}/session/end`, { token: admin });
    expect([409, 500, 503]).toContain(r.status);
    expectError(r, r.status);
    expect(snapshot()).toEqual(before);
    expect(
      count("SELECT COUNT(*) AS n FROM events WHERE type = 'session.ended' AND table_id = ?", tableId),
    ).toBe(0);
    const ordersAfter = await t.call('GET', '/api/orders', { token: tables[1]!.token });
    expect(ordersAfter.data).toEqual(ordersBefore.data);
    expect(ordersAfter.data.orders).toHaveLength(2);

    t.sql().exec('DROP TRIGGER inject_history');
    const ok = await t.call('POST', `/api/admin/tables/${tableId}/session/end`, { token: admin });
    expect(ok.status).toBe(200);
    expect(ok.data.archived_orders).toBe(2);
    expect(ok.data.total_amount).toBe(o1.total_amount + o2.total_amount);
  });
});

/**
 * Orders a tablet resends late: a deleted order's client_order_id is refused (ORDER_DELETED),
 * an order made in a session that has ended since is refused (SESSION_ENDED), and the open
 * orders list keeps arrival order when the clock jumps back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { menuItems, placeOrder, uuid } from './helpers/api';

afterAll(stopAllServers);

let t: TestServer;
let admin: string;
let menuId: number;

beforeAll(async () => {
  t = await startServer({ backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
  const table = (await t.tableLogin(1)).token;
  menuId = (await menuItems(t, table))[0]!.id;
});

const count = (sql: string, ...args: unknown[]) =>
  (
    t
      .sql()
      .prepare(sql)
      .get(...args) as { n: number }
  ).n;

function expectRejected(r: { status: number; data: any }, code: string) {
  expect(r.status).toBe(409);
  expect(r.data.error_code).toBe(code);
  expect(typeof r.data.detail).toBe('string');
  expect(Object.keys(r.data).sort()).toEqual(['detail', 'error_code']);
}

describe('a deleted order stays deleted', () => {
  it('a resend of its client_order_id answers 409 ORDER_DELETED and creates nothing', async () => {
    const table = (await t.tableLogin(3)).token;
    const clientId = uuid();
    const order = await placeOrder(t, table, [{ menu_id: menuId, quantity: 1 }], clientId);
    const del = await t.call('DELETE', `/api/admin/orders/${order.id}`, { token: admin });
    expect(del.status).toBe(204);
    const before = count('SELECT COUNT(*) AS n FROM orders');
    const counter = count('SELECT MAX(last_seq) AS n FROM order_counters');

    const again = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: clientId, items: [{ menu_id: menuId, quantity: 1 }] },
    });
    expectRejected(again, 'ORDER_DELETED');
    expect(again.data.detail).toContain(order.order_number);
    expect(count('SELECT COUNT(*) AS n FROM orders')).toBe(before);
    expect(count('SELECT MAX(last_seq) AS n FROM order_counters')).toBe(counter);
    // It stays refused after a restart (remembered in the database, not in memory).
    await t.restart();
    const table2 = (await t.tableLogin(3)).token;
    admin = (await t.adminLogin()).token;
    const later = await t.call('POST', '/api/orders', {
      token: table2,
      body: { client_order_id: clientId, items: [{ menu_id: menuId, quantity: 1 }] },
    });
    expectRejected(later, 'ORDER_DELETED');
  });
});

describe('an order queued in a session that has ended', () => {
  it('is refused with SESSION_ENDED when its session_id is no longer the active one', async () => {
    const table = (await t.tableLogin(4)).token;
    const first = await placeOrder(t, table, [{ menu_id: menuId, quantity: 1 }]);
    const seen = first.session_id;
    // Sending the session it saw, while it is still active, is fine.
    const ok = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }], session_id: seen },
    });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.data.session_id).toBe(seen);

    const end = await t.call('POST', `/api/admin/tables/${first.table_id}/session/end`, { token: admin });
    expect(end.status, end.text).toBe(200);
    const before = count('SELECT COUNT(*) AS n FROM orders');
    const sessions = count('SELECT COUNT(*) AS n FROM table_sessions');
    const late = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }], session_id: seen },
    });
    expectRejected(late, 'SESSION_ENDED');
    expect(count('SELECT COUNT(*) AS n FROM orders')).toBe(before);
    expect(count('SELECT COUNT(*) AS n FROM table_sessions')).toBe(sessions);

    // The next guest starts a new session; the old one's order still cannot join it.
    const next = await placeOrder(t, table, [{ menu_id: menuId, quantity: 2 }]);
    expect(next.session_id).not.toBe(seen);
    const stillLate = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }], session_id: seen },
    });
    expectRejected(stillLate, 'SESSION_ENDED');
  });

  it('session_id null (no session seen) is refused once a session is active, accepted before', async () => {
    const table = (await t.tableLogin(5)).token;
    const firstId = uuid();
    const items = [{ menu_id: menuId, quantity: 1 }];
    const fresh = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: firstId, items, session_id: null },
    });
    expect(fresh.status, fresh.text).toBe(201);
    const late = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items, session_id: null },
    });
    expectRejected(late, 'SESSION_ENDED');
    // A resend of the order that was placed stays the idempotent 200 with the same order.
    const replay = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: firstId, items, session_id: null },
    });
    expect(replay.status, replay.text).toBe(200);
    expect(replay.data.id).toBe(fresh.data.id);
  });

  it('without session_id (older tablets) nothing changes', async () => {
    const table = (await t.tableLogin(4)).token;
    const r = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }] },
    });
    expect(r.status, r.text).toBe(201);
  });

  it('a session_id that is not a positive integer is a 400', async () => {
    const table = (await t.tableLogin(4)).token;
    const r = await t.call('POST', '/api/orders', {
      token: table,
      body: { client_order_id: uuid(), items: [{ menu_id: menuId, quantity: 1 }], session_id: 'x' },
    });
    expect(r.status).toBe(400);
    expect(r.data.error_code).toBe('VALIDATION_ERROR');
  });
});

describe('open orders keep arrival order', () => {
  it('lists by id when created_at went backwards (clock set back)', async () => {
    const table = (await t.tableLogin(6)).token;
    const a = await placeOrder(t, table, [{ menu_id: menuId, quantity: 1 }]);
    const b = await placeOrder(t, table, [{ menu_id: menuId, quantity: 1 }]);
    // The clock was set back an hour between the two orders.
    const earlier = new Date(Date.parse(a.created_at) - 3600_000).toISOString();
    t.sql().prepare('UPDATE orders SET created_at = ? WHERE id = ?').run(earlier, b.id);
    const r = await t.call('GET', '/api/admin/orders?table_id=' + a.table_id, { token: admin });
    expect(r.status, r.text).toBe(200);
    const ids = r.data.orders.map((o: Order) => o.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
  });
});

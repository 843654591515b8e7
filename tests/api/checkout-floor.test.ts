/**
 * API-2 "Bill and payments" and "Floor" (A12, A13): payment arithmetic and limits,
 * idempotency, voids, ending with money due, moving and merging seatings with their orders,
 * calls and payments, the guest count, the events each tablet sees, and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Bill,
  DaySummary,
  HistoryPage,
  MenuTree,
  Order,
  Payment,
  StaffCall,
  TableOrders,
} from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, uuid } from './helpers/api';
import { json } from './helpers/sse';

let t: TestServer;
let admin: string;
let cook: string;
let tree: MenuTree;
const tablets: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  await t.call('POST', '/api/admin/staff', {
    token: admin,
    body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
  });
  cook = (await t.adminLogin('cook', 'cook-pass')).token;
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    const r = await t.tableLogin(n);
    tablets[n] = { token: r.token, id: r.table.id };
  }
  tree = (await t.call<MenuTree>('GET', '/api/menus', { token: tablets[1]!.token })).data;
});
afterAll(stopAllServers);

const dish = (name: string) => tree.categories.flatMap((c) => c.menus).find((m) => m.name === name)!;
async function order(n: number, quantity = 1, extra: Record<string, unknown> = {}): Promise<Order> {
  const r = await t.call<Order>('POST', '/api/orders', {
    token: tablets[n]!.token,
    body: { client_order_id: uuid(), items: [{ menu_id: dish('비빔밥').id, quantity }], ...extra },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}
const bill = async (n: number) =>
  (await t.call<Bill>('GET', `/api/admin/tables/${tablets[n]!.id}/bill`, { token: admin })).data;
const pay = (n: number, amount: number, method = 'cash', id = uuid(), token = admin) =>
  t.call<Payment>('POST', `/api/admin/tables/${tablets[n]!.id}/payments`, {
    token,
    body: { client_payment_id: id, method, amount },
  });
const voidPayment = (id: number, reason: string) =>
  t.call('DELETE', `/api/admin/payments/${id}`, { token: admin, body: { reason } });
const endSession = (n: number) =>
  t.call('POST', `/api/admin/tables/${tablets[n]!.id}/session/end`, { token: admin });
const audit = () =>
  t.sql().prepare('SELECT action, staff_username, detail FROM audit_log ORDER BY id').all() as {
    action: string;
    staff_username: string;
    detail: string;
  }[];

describe('payments', () => {
  it('two payments, never more than is due, a double click records once, a void gives it back', async () => {
    const price = dish('비빔밥').price;
    await order(1, 2);
    await order(1, 1);
    const total = 3 * price;
    expect((await bill(1)).due_amount).toBe(total);

    const id = uuid();
    const [a, a2] = await Promise.all([pay(1, price, 'card', id), pay(1, price, 'card', id)]);
    expect([a.status, a2.status].sort()).toEqual([200, 201]);
    expect(a.data).toEqual(a2.data);
    expect(a.data).toMatchObject({ method: 'card', amount: price, voided_at: null, note: null });
    // The same id with another amount is not the same payment.
    expectError(await pay(1, price + 1, 'card', id), 409);

    const over = await pay(1, total - price + 1);
    expectError(over, 409);
    const b = await pay(1, 1000, 'cash');
    expect(b.status).toBe(201);
    let now = await bill(1);
    expect(now.paid_amount).toBe(price + 1000);
    expect(now.due_amount).toBe(total - price - 1000);
    expect(now.payments.map((p) => p.id)).toEqual([a.data.id, b.data.id]);

    expect((await voidPayment(b.data.id, '금액 잘못 입력')).status).toBe(204);
    expect((await voidPayment(b.data.id, '두 번')).status).toBe(204);
    now = await bill(1);
    expect(now.paid_amount).toBe(price);
    expect(now.payments.find((p) => p.id === b.data.id)!.voided_at).not.toBeNull();
    const log = audit();
    expect(log.filter((e) => e.action === 'payment.recorded')).toHaveLength(2);
    const voided = log.filter((e) => e.action === 'payment.voided');
    expect(voided).toHaveLength(1);
    expect(voided[0]!.staff_username).toBe('admin');
    expect(JSON.parse(voided[0]!.detail)).toMatchObject({ amount: 1000, reason: '금액 잘못 입력' });
  });

  it('limits and roles: bad amounts and methods 400, no seating 409, kitchen and tables 403', async () => {
    await order(2, 1);
    for (const amount of [0, -1, 1.5, 100_000_001, '1000']) expectError(await pay(2, amount as number), 400);
    expectError(await pay(2, 1000, 'bitcoin'), 400);
    expectError(
      await t.call('POST', `/api/admin/tables/${tablets[2]!.id}/payments`, {
        token: admin,
        body: { client_payment_id: 'x', method: 'cash', amount: 1 },
      }),
      400,
    );
    expectError(await pay(2, 1000, 'cash', uuid(), cook), 403);
    expectError(await pay(2, 1000, 'cash', uuid(), tablets[2]!.token), 403);
    expectError(await pay(9, 1000), 409);
    expectError(
      await t.call('POST', `/api/admin/tables/999999/payments`, {
        token: admin,
        body: { client_payment_id: uuid(), method: 'cash', amount: 1 },
      }),
      404,
    );
    expectError(
      await t.call('DELETE', `/api/admin/payments/999999`, { token: admin, body: { reason: 'x' } }),
      404,
    );
    const p = await pay(2, 500);
    expectError(await t.call('DELETE', `/api/admin/payments/${p.data.id}`, { token: admin, body: {} }), 400);
    expectError(
      await t.call('DELETE', `/api/admin/payments/${p.data.id}`, { token: admin, body: { reason: ' ' } }),
      400,
    );
    expect((await bill(2)).paid_amount).toBe(500);
  });

  it('split=3 of an awkward due adds up exactly; the tablet sees bill.updated', async () => {
    const price = dish('비빔밥').price;
    await order(3, 3);
    const stream = await t.sse('/api/table/events', tablets[3]!.token);
    await stream.next('snapshot');
    // Pay so that 10,001원 are left.
    const p = await pay(3, 3 * price - 10_001);
    expect(p.status, p.text).toBe(201);
    expect(json(await stream.next('bill.updated'))).toMatchObject({ table_id: tablets[3]!.id });
    const r = await t.call<Bill>('GET', `/api/admin/tables/${tablets[3]!.id}/bill?split=3`, { token: admin });
    expect(r.data.due_amount).toBe(10_001);
    expect(r.data.split_amounts).toEqual([3334, 3334, 3333]);
    for (const part of r.data.split_amounts!) expect((await pay(3, part)).status).toBe(201);
    expect((await bill(3)).due_amount).toBe(0);
    expectError(await pay(3, 1), 409);
    const end = await endSession(3);
    expect(end.data.unpaid_amount).toBe(0);
  });

  it('ending with money due records it; the day summary splits by method and shows the unpaid', async () => {
    const price = dish('비빔밥').price;
    await order(4, 2);
    await pay(4, 3000, 'transfer');
    const end = await endSession(4);
    expect(end.status).toBe(200);
    expect(end.data.unpaid_amount).toBe(2 * price - 3000);
    const s = (await t.call<DaySummary>('GET', '/api/admin/summary', { token: admin })).data;
    const transfer = s.by_method.find((m) => m.method === 'transfer')!;
    expect(transfer.amount).toBeGreaterThanOrEqual(3000);
    expect(s.unpaid.amount).toBeGreaterThanOrEqual(2 * price - 3000);
    const csv = (await t.call('GET', '/api/admin/summary.csv', { token: admin })).text;
    expect(csv).toContain('계좌이체');
    expect(csv).toContain('미결제');
    const ended = audit().filter((e) => e.action === 'session.ended');
    expect(JSON.parse(ended.at(-1)!.detail)).toMatchObject({ unpaid: 2 * price - 3000, paid: 3000 });
    // The history carries the seating's payments and what it left unpaid.
    const h = await t.call<HistoryPage>('GET', `/api/admin/tables/${tablets[4]!.id}/history`, {
      token: admin,
    });
    expect(h.data.orders[0]!.session_unpaid_amount).toBe(2 * price - 3000);
    expect(h.data.orders[0]!.session_payments.map((p) => [p.method, p.amount])).toEqual([['transfer', 3000]]);
    // A payment of an ended visit can no longer be voided.
    const paid = t.sql().prepare(`SELECT id FROM payments WHERE method = 'transfer'`).get() as { id: number };
    expectError(await voidPayment(paid.id, 'late'), 409);
  });
});

describe('floor', () => {
  it('moves table 5 to 6 with its orders, calls and payments; each tablet sees it live', async () => {
    const first = await order(5, 1, { guest_count: 3 });
    const call = await t.call<StaffCall>('POST', '/api/staff-calls', {
      token: tablets[5]!.token,
      body: { client_call_id: uuid(), preset_ids: [], note: '물 주세요' },
    });
    await pay(5, 1000);
    const src = await t.sse('/api/table/events', tablets[5]!.token);
    await src.next('snapshot');
    const dst = await t.sse('/api/table/events', tablets[6]!.token);
    await dst.next('snapshot');

    const r = await t.call('POST', `/api/admin/tables/${tablets[5]!.id}/move`, {
      token: admin,
      body: { to_table_id: tablets[6]!.id },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.data).toEqual({
      session_id: first.session_id,
      from_table_id: tablets[5]!.id,
      to_table_id: tablets[6]!.id,
    });
    expect(json(await src.next('session.ended'))).toEqual({
      table_id: tablets[5]!.id,
      session_id: first.session_id,
      reason: 'moved',
    });
    const moved = json<{ order: Order }>(await dst.next('order.updated')).order;
    expect(moved).toMatchObject({ id: first.id, order_number: first.order_number, table_number: 6 });

    const at6 = (await t.call<TableOrders>('GET', '/api/orders', { token: tablets[6]!.token })).data;
    expect(at6.orders.map((o) => o.id)).toEqual([first.id]);
    expect(
      (await t.call<TableOrders>('GET', '/api/orders', { token: tablets[5]!.token })).data.orders,
    ).toEqual([]);
    const b = await bill(6);
    expect(b).toMatchObject({ session_id: first.session_id, guest_count: 3, paid_amount: 1000 });
    const calls = (
      await t.call<{ calls: StaffCall[] }>('GET', '/api/staff-calls', { token: tablets[6]!.token })
    ).data;
    expect(calls.calls.map((c) => c.id)).toEqual([call.data.id]);
    expect(calls.calls[0]!.table_number).toBe(6);
    expectError(await t.call('GET', '/api/bill', { token: tablets[5]!.token }), 404);
    expect(audit().some((e) => e.action === 'session.moved')).toBe(true);
  });

  it('a move to a taken table, to itself, from an empty table or to nowhere is refused', async () => {
    await order(7, 1);
    await order(8, 1);
    const move = (from: number, to: number) =>
      t.call('POST', `/api/admin/tables/${tablets[from]!.id}/move`, {
        token: admin,
        body: { to_table_id: to },
      });
    expectError(await move(7, tablets[8]!.id), 409);
    expectError(await move(7, tablets[7]!.id), 400);
    expectError(await move(9, tablets[10]!.id), 409);
    expectError(await move(7, 999999), 400);
    expectError(
      await t.call('POST', `/api/admin/tables/${tablets[7]!.id}/move`, {
        token: cook,
        body: { to_table_id: tablets[10]!.id },
      }),
      403,
    );
  });

  it('merges 7 into 8: orders keep their numbers, payments and guests add up, 7 is empty', async () => {
    const seven = (await t.call<TableOrders>('GET', '/api/orders', { token: tablets[7]!.token })).data;
    const eight = (await t.call<TableOrders>('GET', '/api/orders', { token: tablets[8]!.token })).data;
    await t.call('PUT', `/api/admin/tables/${tablets[7]!.id}/session`, {
      token: admin,
      body: { guest_count: 2 },
    });
    const g = await t.call('PUT', `/api/admin/tables/${tablets[8]!.id}/session`, {
      token: admin,
      body: { guest_count: 4 },
    });
    expect(g.status, g.text).toBe(200);
    expect(g.data).toMatchObject({ id: eight.session_id, guest_count: 4, order_count: 1 });
    await pay(7, 700);
    const src = await t.sse('/api/table/events', tablets[7]!.token);
    await src.next('snapshot');
    const r = await t.call('POST', `/api/admin/tables/${tablets[7]!.id}/merge`, {
      token: admin,
      body: { into_table_id: tablets[8]!.id },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.data).toEqual({
      session_id: eight.session_id,
      merged_session_id: seven.session_id,
      moved_orders: 1,
    });
    expect(json(await src.next('session.ended'))).toMatchObject({
      reason: 'merged',
      session_id: seven.session_id,
    });
    const b = await bill(8);
    expect(b.lines[0]!.quantity).toBe(2);
    expect(b).toMatchObject({ guest_count: 6, paid_amount: 700 });
    const orders = (await t.call<TableOrders>('GET', '/api/orders', { token: tablets[8]!.token })).data
      .orders;
    expect(orders.map((o) => o.order_number).sort()).toEqual(
      [...seven.orders, ...eight.orders].map((o) => o.order_number).sort(),
    );
    expectError(await t.call('GET', '/api/bill', { token: tablets[7]!.token }), 404);
    const merge = (from: number, into: number) =>
      t.call('POST', `/api/admin/tables/${tablets[from]!.id}/merge`, {
        token: admin,
        body: { into_table_id: tablets[into]!.id },
      });
    expectError(await merge(7, 8), 409);
    expectError(await merge(8, 9), 409);
    expectError(await merge(8, 8), 400);
    for (const bad of [0, 100, 1.5]) {
      expectError(
        await t.call('PUT', `/api/admin/tables/${tablets[8]!.id}/session`, {
          token: admin,
          body: { guest_count: bad },
        }),
        400,
      );
    }
    expectError(
      await t.call('PUT', `/api/admin/tables/${tablets[9]!.id}/session`, {
        token: admin,
        body: { guest_count: 2 },
      }),
      409,
    );
  });

  it('a merge racing new orders at both tables: every order lands exactly once, in a live seating', async () => {
    await order(9, 1);
    await order(10, 1);
    const ids = Array.from({ length: 6 }, () => uuid());
    const send = (n: number, id: string) =>
      t.call<Order>('POST', '/api/orders', {
        token: tablets[n]!.token,
        body: { client_order_id: id, items: [{ menu_id: dish('비빔밥').id, quantity: 1 }] },
      });
    const [merge, ...orders] = await Promise.all([
      t.call('POST', `/api/admin/tables/${tablets[9]!.id}/merge`, {
        token: admin,
        body: { into_table_id: tablets[10]!.id },
      }),
      ...ids.map((id, i) => send(i % 2 ? 10 : 9, id)),
    ]);
    expect(merge.status, merge.text).toBe(200);
    expect(orders.map((o) => o.status)).toEqual(orders.map(() => 201));
    const db = t.sql();
    for (const id of ids) {
      const rows = db
        .prepare(
          `SELECT o.id, s.ended_at FROM orders o JOIN table_sessions s ON s.id = o.session_id WHERE o.client_order_id = ?`,
        )
        .all(id) as { id: number; ended_at: string | null }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.ended_at).toBeNull();
    }
  });
});

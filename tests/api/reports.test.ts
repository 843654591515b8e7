/**
 * Reports (A15) over three Los Angeles days, from archived (table 1) and live (table 2) orders:
 * local day, hour and weekday across UTC midnight, dishes, tables, payments, guests, prep
 * times, the range rules and the CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Menu, Order, Payment, Report } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, placeOrder, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let menuA: Menu;
let menuB: Menu;
const tables: Record<number, { token: string; id: number }> = {};

/** Moves an order (live or archived) to an instant, and when served `prepSeconds` later. */
function at(order: Order, iso: string, prepSeconds?: number) {
  const db = t.sql();
  const done = new Date(Date.parse(iso) + (prepSeconds ?? 0) * 1000).toISOString();
  for (const table of ['orders', 'order_history']) {
    db.prepare(`UPDATE ${table} SET created_at = ?, updated_at = ? WHERE id = ?`).run(iso, done, order.id);
  }
}

const served = async (o: Order) => {
  for (const status of ['preparing', 'completed']) {
    const r = await t.call('PUT', `/api/admin/orders/${o.id}/status`, { token: admin, body: { status } });
    expect(r.status, r.text).toBe(200);
  }
};
const pay = async (n: number, method: string, amount: number) => {
  const r = await t.call<Payment>('POST', `/api/admin/tables/${tables[n]!.id}/payments`, {
    token: admin,
    body: { client_payment_id: uuid(), method, amount },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
};
const get = (query: string) => t.call<Report>('GET', `/api/admin/reports${query}`, { token: admin });

beforeAll(async () => {
  t = await startServer({ timeZone: 'America/Los_Angeles', backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
  t.sql().prepare("UPDATE stores SET time_zone = 'America/Los_Angeles'").run();
  const cat = await t.call('POST', '/api/admin/categories', { token: admin, body: { name: '리포트' } });
  const mk = async (name: string, price: number) => {
    const r = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: cat.data.id, name, price },
    });
    expect(r.status, r.text).toBe(201);
    return r.data;
  };
  menuA = await mk('갈비탕', 9000);
  menuB = await mk('=냉면', 3000);
  for (const n of [1, 2, 3]) {
    const r = await t.tableLogin(n);
    tables[n] = { token: r.token, id: r.table.id };
  }
  const order = (n: number, items: [Menu, number][], extra: Record<string, unknown> = {}) =>
    t
      .call<Order>('POST', '/api/orders', {
        token: tables[n]!.token,
        body: {
          client_order_id: uuid(),
          items: items.map(([m, quantity]) => ({ menu_id: m.id, quantity })),
          ...extra,
        },
      })
      .then((r) => {
        expect(r.status, r.text).toBe(201);
        return r.data;
      });

  // Table 1 (2 guests), archived: Sunday 1 March 10:00 and 23:59:59 in Los Angeles (UTC−8).
  const o1 = await order(1, [[menuA, 2]], { guest_count: 2 }); // 18000
  const o2 = await order(1, [[menuB, 1]]); // 3000
  // Table 2 (3 guests), live: Monday 2 March 00:00 (08:00 UTC).
  const o3 = await order(2, [
    [menuA, 1],
    [menuB, 3],
  ]); // 18000
  expect(
    (
      await t.call('PUT', `/api/admin/tables/${tables[2]!.id}/session`, {
        token: admin,
        body: { guest_count: 3 },
      })
    ).status,
  ).toBe(200);
  // Renamed before its last sale: the report lists it under the new name.
  expect(
    (await t.call('PUT', `/api/admin/menus/${menuB.id}`, { token: admin, body: { name: '물냉면' } })).status,
  ).toBe(200);
  const o4 = await order(2, [[menuB, 2]]); // 6000, Tuesday 3 March 12:30, not served
  const deleted = await placeOrder(t, tables[2]!.token, [{ menu_id: menuA.id, quantity: 5 }]);
  // Table 3: one order just outside each end of the range.
  const before = await order(3, [[menuA, 1]], { guest_count: 4 });
  const after = await order(3, [[menuA, 1]]);
  for (const o of [o1, o2, o3]) await served(o);
  expect((await t.call('DELETE', `/api/admin/orders/${deleted.id}`, { token: admin })).status).toBe(204);

  // Payments: table 1 pays in full, table 2 in part; one cash payment is voided.
  await pay(1, 'cash', 10000);
  await pay(1, 'card', 11000);
  await pay(2, 'card', 5000);
  const voided = await pay(2, 'cash', 2000);
  expect(
    (await t.call('DELETE', `/api/admin/payments/${voided.id}`, { token: admin, body: { reason: '잘못' } }))
      .status,
  ).toBe(204);
  expect(
    (await t.call('POST', `/api/admin/tables/${tables[1]!.id}/session/end`, { token: admin })).status,
  ).toBe(200);

  at(o1, '2026-03-01T18:00:00.000Z', 600); // Sun 1 Mar 10:00
  at(o2, '2026-03-02T07:59:59.000Z', 1200); // Sun 1 Mar 23:59:59
  at(o3, '2026-03-02T08:00:00.000Z', 300); // Mon 2 Mar 00:00
  at(o4, '2026-03-03T20:30:00.000Z'); // Tue 3 Mar 12:30
  at(deleted, '2026-03-03T20:31:00.000Z');
  at(before, '2026-03-01T07:59:59.999Z'); // Sat 28 Feb 23:59:59.999
  at(after, '2026-03-04T08:00:00.000Z'); // Wed 4 Mar 00:00
  const db = t.sql();
  db.prepare("UPDATE payments SET created_at = '2026-03-02T20:00:00.000Z'").run();
  const seated = db.prepare('UPDATE table_sessions SET started_at = ? WHERE table_id = ?');
  seated.run('2026-03-01T17:50:00.000Z', tables[1]!.id);
  seated.run('2026-03-02T07:55:00.000Z', tables[2]!.id);
  seated.run('2026-03-01T07:00:00.000Z', tables[3]!.id); // Sat 28 Feb 23:00
  expect(db.prepare('SELECT COUNT(*) AS n FROM order_history').get()).toEqual({ n: 2 });
});
afterAll(stopAllServers);

const bucket = (order_count: number, sales_total: number) => ({ order_count, sales_total });

describe('reports', () => {
  it('totals archived and live orders by local day, hour, weekday, dish, table and method', async () => {
    const r = await get('?from=2026-03-01&to=2026-03-03');
    expect(r.status, r.text).toBe(200);
    const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, ...bucket(0, 0) }));
    hours[0] = { hour: 0, ...bucket(1, 18000) };
    hours[10] = { hour: 10, ...bucket(1, 18000) };
    hours[12] = { hour: 12, ...bucket(1, 6000) };
    hours[23] = { hour: 23, ...bucket(1, 3000) };
    const weekdays = Array.from({ length: 7 }, (_, weekday) => ({ weekday, ...bucket(0, 0) }));
    weekdays[0] = { weekday: 0, ...bucket(2, 21000) };
    weekdays[1] = { weekday: 1, ...bucket(1, 18000) };
    weekdays[2] = { weekday: 2, ...bucket(1, 6000) };
    expect(r.data).toEqual({
      from: '2026-03-01',
      to: '2026-03-03',
      order_count: 4,
      sales_total: 45000,
      guest_count: 5,
      by_day: [
        { date: '2026-03-01', ...bucket(2, 21000) },
        { date: '2026-03-02', ...bucket(1, 18000) },
        { date: '2026-03-03', ...bucket(1, 6000) },
      ],
      by_hour: hours,
      by_weekday: weekdays,
      by_menu: [
        { menu_id: menuA.id, menu_name: '갈비탕', quantity: 3, sales_total: 27000 },
        { menu_id: menuB.id, menu_name: '물냉면', quantity: 6, sales_total: 18000 },
      ],
      by_table: [
        { table_id: tables[1]!.id, table_number: 1, ...bucket(2, 21000) },
        { table_id: tables[2]!.id, table_number: 2, ...bucket(2, 24000) },
      ],
      by_method: [
        { method: 'card', amount: 16000, count: 2 },
        { method: 'cash', amount: 10000, count: 1 },
      ],
      // Served after 600, 1200 and 300 seconds; the unserved order does not count.
      prep_seconds: { p50: 600, p90: 1200, count: 3 },
    });
  });

  it('one day alone, the day before the range, and an empty range', async () => {
    const sunday = await get('?from=2026-03-01&to=2026-03-01');
    // Guests count on the day their seating started: table 2 sat down at 23:55 on Sunday.
    expect(sunday.data).toMatchObject({ order_count: 2, sales_total: 21000, guest_count: 5 });
    expect(sunday.data.by_day).toEqual([{ date: '2026-03-01', ...bucket(2, 21000) }]);
    expect(sunday.data.by_method).toEqual([]);
    expect(sunday.data.prep_seconds).toEqual({ p50: 600, p90: 1200, count: 2 });
    // `to` alone is that one day.
    const feb = await get('?to=2026-02-28');
    expect(feb.data).toMatchObject({ from: '2026-02-28', to: '2026-02-28', order_count: 1, guest_count: 4 });
    expect(feb.data.by_hour[23]).toEqual({ hour: 23, ...bucket(1, 9000) });
    expect(feb.data.by_weekday[6]).toEqual({ weekday: 6, ...bucket(1, 9000) });
    const empty = await get('?from=2025-01-01&to=2025-01-02');
    expect(empty.data).toMatchObject({
      order_count: 0,
      sales_total: 0,
      guest_count: 0,
      by_menu: [],
      by_table: [],
      by_method: [],
      prep_seconds: { p50: null, p90: null, count: 0 },
    });
    expect(empty.data.by_day.map((d) => d.date)).toEqual(['2025-01-01', '2025-01-02']);
    expect(empty.data.by_hour).toHaveLength(24);
    expect(empty.data.by_weekday.map((w) => w.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('defaults to today in the store time zone, and `from` alone runs to today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
    const r = await get('');
    expect(r.status).toBe(200);
    expect([r.data.from, r.data.to]).toEqual([today, today]);
    expect(r.data.by_day).toHaveLength(1);
    const since = await get('?from=2026-03-01');
    expect(since.status, since.text).toBe(200);
    expect(since.data.to).toBe(today);
    expect(since.data).toMatchObject({ order_count: 5, sales_total: 54000 });
  });

  it('accepts 366 days and refuses 367, a reversed range and bad dates', async () => {
    const year = await get('?from=2025-03-04&to=2026-03-04');
    expect(year.status, year.text).toBe(200);
    expect(year.data.by_day).toHaveLength(366);
    expect(year.data.by_day.at(-1)).toEqual({ date: '2026-03-04', ...bucket(1, 9000) });
    expect(year.data.order_count).toBe(6);
    expectError(await get('?from=2025-03-03&to=2026-03-04'), 400, 'to');
    expectError(await get('?from=2026-03-04&to=2026-03-03'), 400, 'from');
    expectError(await get('?from=2026-02-30'), 400, 'from');
    expectError(await get('?to=2026-3-1'), 400, 'to');
    expectError(await get('?from=yesterday'), 400, 'from');
    expectError(await get('?from=2026-03-01&x=1'), 400);
    // `from` alone, further back than a year from today.
    expectError(await get('?from=2000-01-01'), 400, 'to');
    expectError(
      await t.call('GET', '/api/admin/reports.csv?from=2026-03-04&to=2026-03-01', { token: admin }),
      400,
    );
  });

  it('counts the guests of a merged seating once, in the seating it joined', async () => {
    for (const n of [4, 5]) tables[n] = { token: (await t.tableLogin(n)).token, id: 0 };
    const four = await placeOrder(t, tables[4]!.token, [{ menu_id: menuA.id, quantity: 1 }]);
    const five = await placeOrder(t, tables[5]!.token, [{ menu_id: menuA.id, quantity: 2 }]);
    tables[4]!.id = four.table_id;
    tables[5]!.id = five.table_id;
    for (const [n, guest_count] of [
      [4, 2],
      [5, 3],
    ] as const) {
      const r = await t.call('PUT', `/api/admin/tables/${tables[n]!.id}/session`, {
        token: admin,
        body: { guest_count },
      });
      expect(r.status, r.text).toBe(200);
    }
    const merged = await t.call('POST', `/api/admin/tables/${tables[5]!.id}/merge`, {
      token: admin,
      body: { into_table_id: tables[4]!.id },
    });
    expect(merged.status, merged.text).toBe(200);
    at(four, '2026-04-01T19:00:00.000Z');
    at(five, '2026-04-01T19:05:00.000Z');
    t.sql()
      .prepare('UPDATE table_sessions SET started_at = ? WHERE id IN (?, ?)')
      .run('2026-04-01T18:55:00.000Z', four.session_id, five.session_id);
    const r = await get('?from=2026-04-01&to=2026-04-01');
    expect(r.data).toMatchObject({ order_count: 2, sales_total: 27000, guest_count: 5 });
    // Both orders now belong to table 4.
    expect(r.data.by_table).toEqual([{ table_id: tables[4]!.id, table_number: 4, ...bucket(2, 27000) }]);
  });

  it('is for the manager only', async () => {
    expectError(await t.call('GET', '/api/admin/reports'), 401);
    expectError(await t.call('GET', '/api/admin/reports.csv'), 401);
    expectError(await t.call('GET', '/api/admin/reports', { token: tables[1]!.token }), 403);
    expectError(await t.call('GET', '/api/admin/reports.csv', { token: tables[1]!.token }), 403);
    await t.call('POST', '/api/admin/staff', {
      token: admin,
      body: { username: 'cook', password: 'cook-pass', role: 'kitchen' },
    });
    const cook = (await t.adminLogin('cook', 'cook-pass')).token;
    expectError(await t.call('GET', '/api/admin/reports', { token: cook }), 403);
  });

  it('exports CSV with BOM, CRLF, Korean sections and the same numbers', async () => {
    const res = await fetch(`${t.url}/api/admin/reports.csv?from=2026-03-01&to=2026-03-03`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="report-2026-03-01-2026-03-03.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      '합계',
      '기간,2026-03-01 ~ 2026-03-03',
      '주문 수,4',
      '매출 합계,45000',
      '손님 수,5',
    ]);
    for (const section of ['일별', '시간대별', '요일별', '메뉴별', '테이블별', '결제 수단별', '조리 시간']) {
      expect(lines).toContain(section);
    }
    expect(lines).toContain('2026-03-01,2,21000');
    expect(lines).toContain('23시,1,3000');
    expect(lines).toContain('00시,1,18000');
    // The week runs Monday to Sunday.
    const week = lines.slice(lines.indexOf('요일별') + 2, lines.indexOf('요일별') + 9);
    expect(week).toEqual(['월,1,18000', '화,1,6000', '수,0,0', '목,0,0', '금,0,0', '토,0,0', '일,2,21000']);
    expect(lines).toContain(`${menuA.id},갈비탕,3,27000`);
    expect(lines).toContain('2,2,24000');
    expect(lines).toContain('카드,16000,2');
    expect(lines).toContain('현금,10000,1');
    expect(lines).toContain('중앙값 (초),600');
    expect(lines).toContain('90% (초),1200');
  });
});

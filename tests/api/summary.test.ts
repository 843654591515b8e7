/** Day summary (A11) and its CSV, for orders across two Seoul business days, live and archived. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DaySummary, Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, placeOrder } from './helpers/api';

let t: TestServer;
let admin: string;
const HOSTILE = '김치찌개, "매운맛"';

/** Moves an order (live or archived) to a given instant. */
function at(orderId: number, iso: string) {
  const db = t.sql();
  db.prepare('UPDATE orders SET created_at = ? WHERE id = ?').run(iso, orderId);
  db.prepare('UPDATE order_history SET created_at = ? WHERE id = ?').run(iso, orderId);
}

let menuA: Menu;
let menuB: Menu;

beforeAll(async () => {
  t = await startServer({ timeZone: 'Asia/Seoul', backups: { intervalMs: 0, onClose: false } });
  admin = (await t.adminLogin()).token;
  t.sql().prepare("UPDATE stores SET time_zone = 'Asia/Seoul'").run();
  const cat = await t.call('POST', '/api/admin/categories', { token: admin, body: { name: '요약 테스트' } });
  expect(cat.status).toBe(201);
  const mk = async (name: string, price: number) => {
    const r = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: cat.data.id, name, price },
    });
    expect(r.status).toBe(201);
    return r.data;
  };
  menuA = await mk(HOSTILE, 9000);
  menuB = await mk('=SUM(A1)', 3000);

  const t1 = (await t.tableLogin(1)).token;
  const t2 = (await t.tableLogin(2)).token;
  // Day 1 (2026-03-09 in Seoul): table 1 two orders (archived by ending the session), table 2 one live.
  const o1 = await placeOrder(t, t1, [{ menu_id: menuA.id, quantity: 2 }]); // 18000
  const o2 = await placeOrder(t, t1, [{ menu_id: menuB.id, quantity: 1 }]); // 3000
  const o3 = await placeOrder(t, t2, [
    { menu_id: menuA.id, quantity: 1 },
    { menu_id: menuB.id, quantity: 3 },
  ]); // 9000 + 9000
  // Day 2 (2026-03-10 in Seoul; still 2026-03-09 in UTC): table 2 one more.
  const o4 = await placeOrder(t, t2, [{ menu_id: menuB.id, quantity: 2 }]); // 6000
  at(o1.id, '2026-03-09T01:00:00.000Z'); // 10:00 Seoul, 9 March
  at(o2.id, '2026-03-09T14:59:59.999Z'); // 23:59:59.999 Seoul, 9 March
  at(o3.id, '2026-03-09T05:00:00.000Z');
  at(o4.id, '2026-03-09T15:00:00.000Z'); // 00:00 Seoul, 10 March
  const end = await t.call('POST', '/api/admin/tables/1/session/end', { token: admin });
  expect(end.status).toBe(200);
  expect(t.sql().prepare('SELECT COUNT(*) AS n FROM order_history').get()).toEqual({ n: 2 });
  void ([o1, o2, o3, o4] satisfies Order[]);
});
afterAll(stopAllServers);

describe('day summary', () => {
  it('totals one Seoul business day from live and archived orders, by table and by menu', async () => {
    const r = await t.call<DaySummary>('GET', '/api/admin/summary?date=2026-03-09', { token: admin });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({
      date: '2026-03-09',
      order_count: 3,
      sales_total: 39000,
      by_table: [
        { table_id: expect.any(Number), table_number: 1, order_count: 2, sales_total: 21000 },
        { table_id: expect.any(Number), table_number: 2, order_count: 1, sales_total: 18000 },
      ],
      by_menu: [
        { menu_id: menuA.id, menu_name: HOSTILE, quantity: 3, sales_total: 27000 },
        { menu_id: menuB.id, menu_name: '=SUM(A1)', quantity: 4, sales_total: 12000 },
      ],
      by_menu_options: [
        { menu_id: menuA.id, menu_name: HOSTILE, options: [], quantity: 3, sales_total: 27000 },
        { menu_id: menuB.id, menu_name: '=SUM(A1)', options: [], quantity: 4, sales_total: 12000 },
      ],
      // No payments were recorded that day, and no seating ended with money due.
      by_method: [],
      unpaid: { amount: 0, count: 0 },
    });
    const day2 = await t.call<DaySummary>('GET', '/api/admin/summary?date=2026-03-10', { token: admin });
    expect(day2.data).toMatchObject({ order_count: 1, sales_total: 6000 });
    expect(day2.data.by_menu).toEqual([
      { menu_id: menuB.id, menu_name: '=SUM(A1)', quantity: 2, sales_total: 6000 },
    ]);
  });

  it('defaults to today and answers an empty day with zeros', async () => {
    const today = await t.call<DaySummary>('GET', '/api/admin/summary', { token: admin });
    expect(today.status).toBe(200);
    expect(today.data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const empty = await t.call<DaySummary>('GET', '/api/admin/summary?date=2020-01-01', { token: admin });
    expect(empty.data).toEqual({
      date: '2020-01-01',
      order_count: 0,
      sales_total: 0,
      by_table: [],
      by_menu: [],
      by_menu_options: [],
      by_method: [],
      unpaid: { amount: 0, count: 0 },
    });
  });

  it('validates the date and is manager-only', async () => {
    expectError(await t.call('GET', '/api/admin/summary?date=2026-02-30', { token: admin }), 400, 'date');
    expectError(await t.call('GET', '/api/admin/summary.csv?date=yesterday', { token: admin }), 400, 'date');
    expectError(await t.call('GET', '/api/admin/summary?date=2026-03-09&x=1', { token: admin }), 400);
    expectError(await t.call('GET', '/api/admin/summary'), 401);
    const table = (await t.tableLogin(5)).token;
    expectError(await t.call('GET', '/api/admin/summary.csv', { token: table }), 403);
  });

  it('exports CSV with BOM, CRLF, quoting, Korean text and no formula injection', async () => {
    const res = await fetch(`${t.url}/api/admin/summary.csv?date=2026-03-09`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="summary-2026-03-09.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['날짜,2026-03-09', '주문 수,3', '매출 합계,39000']);
    expect(lines).toContain('테이블,주문 수,매출 합계');
    expect(lines).toContain('1,2,21000');
    expect(lines).toContain(`${menuA.id},"김치찌개, ""매운맛""",3,27000`);
    expect(lines).toContain(`${menuB.id},'=SUM(A1),4,12000`);
  });
});

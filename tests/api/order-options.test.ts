/**
 * API-2 "Orders with options and requests": option checks with the item's path, server-side
 * prices (negative deltas included), notes, idempotency over options and notes, snapshots that
 * survive menu edits in live orders, history, the day summary and its CSV, and old-style orders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DaySummary, HistoryPage, Menu, Order } from '../../src-shared/types';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { expectError, expectOrderShape, uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let table: string;
let ramen: Menu;
let stew: Menu;
let other: Menu;

const opt = (m: Menu, name: string) =>
  m.option_groups.flatMap((g) => g.options).find((o) => o.name === name)!.id;
const order = (items: unknown[], clientOrderId = uuid()) =>
  t.call<Order>('POST', '/api/orders', { token: table, body: { client_order_id: clientOrderId, items } });

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  table = (await t.tableLogin(3)).token;
  const categoryId = (await t.call('POST', '/api/admin/categories', { token: admin, body: { name: 'Opt' } }))
    .data.id;
  const make = async (body: Record<string, unknown>) => {
    const r = await t.call<Menu>('POST', '/api/admin/menus', {
      token: admin,
      body: { category_id: categoryId, ...body },
    });
    expect(r.status, r.text).toBe(201);
    return r.data;
  };
  ramen = await make({
    name: '라면',
    price: 5000,
    option_groups: [
      {
        name: '토핑',
        min_select: 0,
        max_select: 2,
        options: [
          { name: '치즈', price_delta: 1000 },
          { name: '계란', price_delta: 500 },
          { name: '떡', price_delta: 1000, available: false },
        ],
      },
      { name: '할인', min_select: 0, max_select: 1, options: [{ name: '면 적게', price_delta: -700 }] },
    ],
  });
  stew = await make({
    name: '김치찌개',
    price: 9000,
    option_groups: [
      {
        name: '맵기',
        min_select: 1,
        max_select: 1,
        options: [{ name: '순한맛' }, { name: '보통' }, { name: '매운맛' }],
      },
    ],
  });
  other = await make({
    name: '콜라',
    price: 2000,
    option_groups: [
      { name: '사이즈', min_select: 0, max_select: 1, options: [{ name: '큰 사이즈', price_delta: 1000 }] },
    ],
  });
});
afterAll(stopAllServers);

describe('option checks', () => {
  it('refuses every invalid choice with the item path, creating nothing', async () => {
    const before = (t.sql().prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n;
    const plain = { menu_id: other.id, quantity: 1 };
    const cases: [unknown, string][] = [
      // a required group left out
      [{ menu_id: stew.id, quantity: 1 }, 'items.1.option_ids'],
      [{ menu_id: stew.id, quantity: 1, option_ids: [] }, 'items.1.option_ids'],
      // too many in a group
      [
        { menu_id: stew.id, quantity: 1, option_ids: [opt(stew, '순한맛'), opt(stew, '매운맛')] },
        'items.1.option_ids',
      ],
      // an option of another dish
      [{ menu_id: ramen.id, quantity: 1, option_ids: [opt(other, '큰 사이즈')] }, 'items.1.option_ids'],
      // sold out
      [{ menu_id: ramen.id, quantity: 1, option_ids: [opt(ramen, '떡')] }, 'items.1.option_ids'],
      // twice
      [
        { menu_id: ramen.id, quantity: 1, option_ids: [opt(ramen, '치즈'), opt(ramen, '치즈')] },
        'items.1.option_ids',
      ],
      // unknown id
      [{ menu_id: ramen.id, quantity: 1, option_ids: [987_654] }, 'items.1.option_ids'],
      // malformed ids
      [{ menu_id: ramen.id, quantity: 1, option_ids: [0] }, 'items.1.option_ids.0'],
      [{ menu_id: ramen.id, quantity: 1, option_ids: ['1'] }, 'items.1.option_ids.0'],
      [{ menu_id: ramen.id, quantity: 1, option_ids: 5 }, 'items.1.option_ids'],
      // note too long (after trimming), or not text
      [{ menu_id: ramen.id, quantity: 1, note: 'x'.repeat(101) }, 'items.1.note'],
      [{ menu_id: ramen.id, quantity: 1, note: 7 }, 'items.1.note'],
    ];
    for (const [item, path] of cases) expectError(await order([plain, item]), 400, path);
    const after = (t.sql().prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n;
    expect(after).toBe(before);
  });

  it('prices lines from the database: base + Σ deltas, negative ones included', async () => {
    const r = await order([
      {
        menu_id: ramen.id,
        quantity: 2,
        option_ids: [opt(ramen, '계란'), opt(ramen, '치즈'), opt(ramen, '면 적게')],
        note: '  덜 맵게 해주세요  ',
      },
      { menu_id: ramen.id, quantity: 1 },
      { menu_id: stew.id, quantity: 1, option_ids: [opt(stew, '매운맛')], note: '   ' },
      { menu_id: other.id, quantity: 3, option_ids: [] },
    ]);
    expect(r.status, r.text).toBe(201);
    expectOrderShape(r.data);
    const [a, b, c, d] = r.data.items;
    expect(a).toEqual({
      id: expect.any(Number),
      menu_id: ramen.id,
      menu_name: '라면',
      base_price: 5000,
      unit_price: 5800,
      quantity: 2,
      subtotal: 11600,
      note: '덜 맵게 해주세요',
      // in the dish's group and option order, whatever order they were sent in
      options: [
        { option_id: opt(ramen, '치즈'), group_name: '토핑', name: '치즈', price_delta: 1000 },
        { option_id: opt(ramen, '계란'), group_name: '토핑', name: '계란', price_delta: 500 },
        { option_id: opt(ramen, '면 적게'), group_name: '할인', name: '면 적게', price_delta: -700 },
      ],
      status: 'pending',
      station_id: null,
    });
    // The same dish without options is another line.
    expect(b).toMatchObject({
      menu_id: ramen.id,
      base_price: 5000,
      unit_price: 5000,
      subtotal: 5000,
      note: null,
      options: [],
    });
    expect(c).toMatchObject({
      unit_price: 9000,
      note: null,
      options: [{ name: '매운맛', group_name: '맵기', price_delta: 0 }],
    });
    expect(d).toMatchObject({ unit_price: 2000, subtotal: 6000, options: [] });
    expect(r.data.total_amount).toBe(11600 + 5000 + 9000 + 6000);
    expect(new Set(r.data.items.map((i) => i.id)).size).toBe(4);
    // What the kitchen and the tablet read back is the same.
    expect((await t.call('GET', `/api/admin/orders/${r.data.id}`, { token: admin })).data).toEqual(r.data);
    // A note of exactly 100 characters is accepted.
    const long = await order([{ menu_id: other.id, quantity: 1, note: '가'.repeat(100) }]);
    expect(long.status).toBe(201);
    expect(long.data.items[0]!.note).toBe('가'.repeat(100));
  });

  it('still takes old-style orders (no option_ids, no note) for dishes without a required group', async () => {
    const r = await order([{ menu_id: ramen.id, quantity: 1 }]);
    expect(r.status).toBe(201);
    expect(r.data.items[0]).toMatchObject({ base_price: 5000, unit_price: 5000, note: null, options: [] });
  });
});

describe('idempotency', () => {
  it('a replay with the same options and note answers 200 with the same order; other options or note are 409', async () => {
    const id = uuid();
    const items = [
      { menu_id: ramen.id, quantity: 1, option_ids: [opt(ramen, '치즈'), opt(ramen, '계란')], note: '포장' },
    ];
    const first = await order(items, id);
    expect(first.status).toBe(201);
    // Same content, options in another order and the note with spaces: the same order.
    const again = await order(
      [{ ...items[0], option_ids: [opt(ramen, '계란'), opt(ramen, '치즈')], note: ' 포장 ' }],
      id,
    );
    expect(again.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expectError(await order([{ ...items[0], option_ids: [opt(ramen, '치즈')] }], id), 409);
    expectError(await order([{ ...items[0], note: '매장' }], id), 409);
    expectError(await order([{ ...items[0], note: undefined }], id), 409);
    const count = t.sql().prepare('SELECT COUNT(*) AS n FROM orders WHERE client_order_id = ?').get(id);
    expect(count).toEqual({ n: 1 });
  });

  it('an old-style replay still matches an order placed without options', async () => {
    const id = uuid();
    const first = await order([{ menu_id: other.id, quantity: 2 }], id);
    expect((await order([{ menu_id: other.id, quantity: 2, option_ids: [], note: '' }], id)).status).toBe(
      200,
    );
    expect((await order([{ menu_id: other.id, quantity: 2 }], id)).data).toEqual(first.data);
  });
});

describe('snapshots', () => {
  it('keep the names and prices as ordered after options are renamed, repriced or removed', async () => {
    const menu = (
      await t.call<Menu>('POST', '/api/admin/menus', {
        token: admin,
        body: {
          category_id: ramen.category_id,
          name: '떡볶이',
          price: 7000,
          option_groups: [
            {
              name: '추가',
              min_select: 0,
              max_select: 2,
              options: [
                { name: '치즈', price_delta: 2000 },
                { name: '라면사리', price_delta: 1500 },
              ],
            },
          ],
        },
      })
    ).data;
    const l = await t.tableLogin(4);
    const placed = await t.call<Order>('POST', '/api/orders', {
      token: l.token,
      body: {
        client_order_id: uuid(),
        items: [
          {
            menu_id: menu.id,
            quantity: 2,
            option_ids: menu.option_groups[0]!.options.map((o) => o.id),
            note: '국물 많이',
          },
        ],
      },
    });
    expect(placed.status).toBe(201);
    const line = placed.data.items[0]!;
    expect(line).toMatchObject({ unit_price: 10500, subtotal: 21000 });

    // Rename and reprice one option, remove the other, rename the group and the dish.
    const g = menu.option_groups[0]!;
    const edit = await t.call<Menu>('PUT', `/api/admin/menus/${menu.id}`, {
      token: admin,
      body: {
        name: '국물떡볶이',
        price: 8000,
        option_groups: [
          {
            id: g.id,
            name: '토핑',
            min_select: 0,
            max_select: 1,
            options: [{ id: g.options[0]!.id, name: '모짜렐라', price_delta: 3000 }],
          },
        ],
      },
    });
    expect(edit.status, edit.text).toBe(200);
    const live = await t.call<Order>('GET', `/api/admin/orders/${placed.data.id}`, { token: admin });
    expect(live.data).toEqual(placed.data);

    // A removed option can no longer be ordered; the kept one has its new price.
    expectError(
      await t.call('POST', '/api/orders', {
        token: l.token,
        body: {
          client_order_id: uuid(),
          items: [{ menu_id: menu.id, quantity: 1, option_ids: [g.options[1]!.id] }],
        },
      }),
      400,
      'items.0.option_ids',
    );
    const now = await t.call<Order>('POST', '/api/orders', {
      token: l.token,
      body: {
        client_order_id: uuid(),
        items: [{ menu_id: menu.id, quantity: 1, option_ids: [g.options[0]!.id] }],
      },
    });
    expect(now.data.items[0]).toMatchObject({
      menu_name: '국물떡볶이',
      base_price: 8000,
      unit_price: 11000,
      options: [{ group_name: '토핑', name: '모짜렐라', price_delta: 3000 }],
    });

    // History (after the session ends) keeps the old snapshot, line id, note and status.
    await t.call('PUT', `/api/admin/orders/${placed.data.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    expect(
      (await t.call('POST', `/api/admin/tables/${l.table.id}/session/end`, { token: admin })).status,
    ).toBe(200);
    const h = await t.call<HistoryPage>('GET', `/api/admin/tables/${l.table.id}/history`, { token: admin });
    const archived = h.data.orders.find((o) => o.id === placed.data.id)!;
    expect(archived.items).toEqual([{ ...line, status: 'preparing' }]);
    expect(archived.status).toBe('preparing');

    // The day summary and its CSV show the options as ordered.
    const s = await t.call<DaySummary>('GET', '/api/admin/summary', { token: admin });
    expect(s.data.by_menu).toContainEqual({
      menu_id: menu.id,
      menu_name: '국물떡볶이',
      quantity: 3,
      sales_total: 32000,
    });
    expect(s.data.by_menu_options).toContainEqual({
      menu_id: menu.id,
      menu_name: '국물떡볶이',
      options: ['치즈', '라면사리'],
      quantity: 2,
      sales_total: 21000,
    });
    expect(s.data.by_menu_options).toContainEqual({
      menu_id: menu.id,
      menu_name: '국물떡볶이',
      options: ['모짜렐라'],
      quantity: 1,
      sales_total: 11000,
    });
    const csv = await (
      await fetch(`${t.url}/api/admin/summary.csv`, { headers: { authorization: `Bearer ${admin}` } })
    ).text();
    const rows = csv.split('\r\n');
    expect(rows).toContain('메뉴 ID,메뉴,옵션,수량,매출 합계');
    expect(rows).toContain(`${menu.id},국물떡볶이,"치즈, 라면사리",2,21000`);
    expect(rows.some((r) => r.startsWith(`${other.id},콜라,옵션 없음,`))).toBe(true);
  });

  it('an order line reads its order status; a status change sets every line', async () => {
    const r = await order([
      { menu_id: other.id, quantity: 1 },
      { menu_id: ramen.id, quantity: 1 },
    ]);
    const u = await t.call<Order>('PUT', `/api/admin/orders/${r.data.id}/status`, {
      token: admin,
      body: { status: 'preparing' },
    });
    expect(u.data.items.map((i) => i.status)).toEqual(['preparing', 'preparing']);
    const got = await t.call<Order>('GET', `/api/admin/orders/${r.data.id}`, { token: admin });
    expect(got.data).toEqual(u.data);
    // Lines stored without their own status follow the order (K6 will set them one by one).
    const rows = t.sql().prepare('SELECT status FROM order_items WHERE order_id = ?').all(r.data.id);
    expect(rows).toEqual([{ status: null }, { status: null }]);
  });
});

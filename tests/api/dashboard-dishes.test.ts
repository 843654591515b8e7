/** The dashboard's per-card dishes (additive fields): merged by dish + options, capped, live across floor moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardTable, MenuTree, Order } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { startServer, stopAllServers, type TestServer } from './helpers/server';
import { uuid } from './helpers/api';

let t: TestServer;
let admin: string;
let tree: MenuTree;
const tablets: Record<number, { token: string; id: number }> = {};

beforeAll(async () => {
  t = await startServer();
  admin = (await t.adminLogin()).token;
  for (const n of [1, 2, 3, 4]) {
    const r = await t.tableLogin(n);
    tablets[n] = { token: r.token, id: r.table.id };
  }
  tree = (await t.call<MenuTree>('GET', '/api/menus', { token: tablets[1]!.token })).data;
});
afterAll(stopAllServers);

const menus = () => tree.categories.flatMap((c) => c.menus);
const dish = (name: string) => menus().find((m) => m.name === name)!;
async function order(n: number, items: unknown[]) {
  const r = await t.call<Order>('POST', '/api/orders', {
    token: tablets[n]!.token,
    body: { client_order_id: uuid(), items },
  });
  expect(r.status, r.text).toBe(201);
  return r.data;
}
async function card(n: number): Promise<DashboardTable> {
  const r = await t.call<Dashboard>('GET', '/api/admin/dashboard', { token: admin });
  expect(r.status, r.text).toBe(200);
  return r.data.tables.find((x) => x.id === tablets[n]!.id)!;
}

describe('dashboard dishes', () => {
  it('merges lines by dish and options, adds quantities, and dates the first order', async () => {
    const empty = await card(1);
    expect(empty).toMatchObject({ dishes: [], dishes_more: 0, first_order_at: null });
    const kimchi = dish('김치찌개');
    const [mild, hot] = kimchi.option_groups[0]!.options;
    const rice = dish('비빔밥');
    const first = await order(1, [
      { menu_id: kimchi.id, quantity: 2, option_ids: [mild!.id] },
      { menu_id: rice.id, quantity: 1 },
    ]);
    await order(1, [
      { menu_id: kimchi.id, quantity: 1, option_ids: [mild!.id] },
      { menu_id: kimchi.id, quantity: 1, option_ids: [hot!.id] },
      { menu_id: rice.id, quantity: 2, note: '계란 빼주세요' },
    ]);
    const c = await card(1);
    expect(c.first_order_at).toBe(first.created_at);
    expect(c.dishes_more).toBe(0);
    expect(c.dishes).toEqual([
      {
        menu_id: kimchi.id,
        menu_name: '김치찌개',
        option_ids: [mild!.id],
        options: [mild!.name],
        quantity: 3,
      },
      { menu_id: rice.id, menu_name: '비빔밥', option_ids: [], options: [], quantity: 3 },
      { menu_id: kimchi.id, menu_name: '김치찌개', option_ids: [hot!.id], options: [hot!.name], quantity: 1 },
    ]);
  });

  it('a deleted order leaves the list; the dishes follow a move and a merge; 이용 완료 clears them', async () => {
    const rice = dish('비빔밥');
    const a = await order(2, [{ menu_id: rice.id, quantity: 1 }]);
    const b = await order(2, [{ menu_id: rice.id, quantity: 4 }]);
    expect((await t.call('DELETE', `/api/admin/orders/${a.id}`, { token: admin })).status).toBe(204);
    expect((await card(2)).dishes.map((d) => d.quantity)).toEqual([4]);
    expect((await card(2)).first_order_at).toBe(b.created_at);

    const moved = await t.call('POST', `/api/admin/tables/${tablets[2]!.id}/move`, {
      token: admin,
      body: { to_table_id: tablets[3]!.id },
    });
    expect(moved.status, moved.text).toBe(200);
    expect((await card(2)).dishes).toEqual([]);
    expect((await card(3)).dishes.map((d) => [d.menu_name, d.quantity])).toEqual([['비빔밥', 4]]);

    await order(4, [{ menu_id: rice.id, quantity: 2 }]);
    const merged = await t.call('POST', `/api/admin/tables/${tablets[4]!.id}/merge`, {
      token: admin,
      body: { into_table_id: tablets[3]!.id },
    });
    expect(merged.status, merged.text).toBe(200);
    expect((await card(3)).dishes.map((d) => [d.menu_name, d.quantity])).toEqual([['비빔밥', 6]]);
    expect((await card(4)).dishes).toEqual([]);

    const end = await t.call('POST', `/api/admin/tables/${tablets[3]!.id}/session/end`, { token: admin });
    expect(end.status, end.text).toBe(200);
    expect(await card(3)).toMatchObject({ dishes: [], dishes_more: 0, first_order_at: null });
  });

  it('caps the list per card and counts the rest', async () => {
    // Enough plain dishes to pass the cap (the demo menu has fewer).
    for (let i = 0; i <= LIMITS.dashboardDishesMax; i++) {
      const r = await t.call('POST', '/api/admin/menus', {
        token: admin,
        body: { category_id: tree.categories[0]!.id, name: `메뉴 ${i}`, price: 1000 },
      });
      expect(r.status, r.text).toBe(201);
    }
    tree = (await t.call<MenuTree>('GET', '/api/menus', { token: tablets[1]!.token })).data;
    const plain = menus().filter((m) => !m.option_groups.some((g) => g.min_select > 0));
    const items = plain.map((m) => ({ menu_id: m.id, quantity: 1 }));
    await order(4, items.slice(0, LIMITS.orderLinesMax));
    const c = await card(4);
    expect(c.dishes).toHaveLength(LIMITS.dashboardDishesMax);
    expect(c.dishes_more).toBe(Math.min(items.length, LIMITS.orderLinesMax) - LIMITS.dashboardDishesMax);
  });
});

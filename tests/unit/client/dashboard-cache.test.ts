/** The admin dashboard's cache updates from live events: no doubles, totals kept right. */
import { describe, expect, it } from 'vitest';
import * as cache from '../../../src-renderer/admin/state/dashboard-cache';
import type { Dashboard, DashboardTable, Order } from '../../../src-shared/types';

const order = (id: number, over: Partial<Order> = {}): Order =>
  ({
    id,
    table_id: 1,
    session_id: 10,
    total_amount: 1000 * id,
    created_at: `2026-01-01T00:00:0${id}Z`,
    status: 'pending',
    items: [],
    ...over,
  }) as Order;

const table = (over: Partial<DashboardTable> = {}): DashboardTable =>
  ({
    id: 1,
    table_number: 1,
    session: null,
    recent_orders: [],
    dishes: [],
    dishes_more: 0,
    first_order_at: null,
    ...over,
  }) as DashboardTable;

const dash = (...tables: DashboardTable[]): Dashboard => ({ tables }) as unknown as Dashboard;

describe('dashboard cache', () => {
  it('a first order opens the session; the same order twice counts once', () => {
    let d = dash(table(), table({ id: 2, table_number: 2 }));
    d = cache.orderCreated(d, order(1));
    d = cache.orderCreated(d, order(1));
    const t = d.tables[0]!;
    expect(t.session).toMatchObject({ id: 10, total_amount: 1000, order_count: 1 });
    expect(t.recent_orders.map((o) => o.id)).toEqual([1]);
    expect(d.tables[1]!.session).toBeNull();
  });

  it('keeps the three newest orders, newest first, and adds up the session', () => {
    let d = dash(table());
    for (const id of [1, 2, 3, 4]) d = cache.orderCreated(d, order(id));
    expect(d.tables[0]!.recent_orders.map((o) => o.id)).toEqual([4, 3, 2]);
    expect(d.tables[0]!.session).toMatchObject({ total_amount: 10_000, order_count: 4 });
  });

  it('an order of a new session replaces the old session', () => {
    let d = cache.orderCreated(dash(table()), order(1));
    d = cache.orderCreated(d, order(2, { session_id: 11 }));
    expect(d.tables[0]!.session).toMatchObject({ id: 11, total_amount: 2000, order_count: 1 });
    expect(d.tables[0]!.recent_orders.map((o) => o.id)).toEqual([2]);
  });

  it('updates, deletes and session ends', () => {
    let d = cache.orderCreated(cache.orderCreated(dash(table()), order(1)), order(2));
    d = cache.orderUpdated(d, order(1, { status: 'preparing' }));
    expect(d.tables[0]!.recent_orders.find((o) => o.id === 1)!.status).toBe('preparing');
    d = cache.orderDeleted(d, 2, 1);
    expect(d.tables[0]!.session).toMatchObject({ total_amount: 1000, order_count: 1 });
    // Unknown order and no amount: left for the refetch to fix.
    expect(cache.orderDeleted(d, 99, 1)).toEqual(d);
    expect(cache.allOrders(d).map((o) => o.id)).toEqual([1]);
    d = cache.sessionEnded(d, 1);
    expect(d.tables[0]).toMatchObject({ session: null, recent_orders: [], dishes: [], first_order_at: null });
  });

  it('a new order adds its lines to the card’s dishes at once, merged by dish and options', () => {
    const line = (menu_id: number, quantity: number, optionIds: number[] = []) =>
      ({
        menu_id,
        menu_name: `dish ${menu_id}`,
        quantity,
        options: optionIds.map((option_id) => ({
          option_id,
          group_name: 'g',
          name: `opt ${option_id}`,
          price_delta: 0,
        })),
      }) as Order['items'][number];
    let d = cache.orderCreated(dash(table()), order(1, { items: [line(7, 2, [3]), line(8, 1)] }));
    d = cache.orderCreated(d, order(2, { items: [line(7, 1, [3]), line(7, 1, [4])] }));
    const t = d.tables[0]!;
    expect(t.first_order_at).toBe(order(1).created_at);
    expect(t.dishes.map((x) => [x.menu_id, x.options, x.quantity])).toEqual([
      [7, ['opt 3'], 3],
      [8, [], 1],
      [7, ['opt 4'], 1],
    ]);
    // A new seating starts its own list.
    d = cache.orderCreated(d, order(3, { session_id: 11, items: [line(8, 5)] }));
    expect(d.tables[0]!.dishes.map((x) => x.quantity)).toEqual([5]);
    expect(d.tables[0]!.first_order_at).toBe(order(3).created_at);
  });

  it('past the cap, new dishes are counted, not listed; a listed dish still adds up', async () => {
    const { addDishes } = await import('../../../src-shared/dashboard-dishes');
    const l = (menu_id: number) => ({ menu_id, menu_name: 'x', quantity: 1, options: [] });
    const r = addDishes([], 0, [l(1), l(2), l(3), l(3), l(4), l(1)], 2);
    expect(r.dishes.map((x) => [x.menu_id, x.quantity])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(r.more).toBe(2);
  });
});

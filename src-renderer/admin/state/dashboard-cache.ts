/**
 * Pure updates of the cached dashboard from live events and our own actions, so a card
 * changes at once; a debounced refetch then replaces it with the server's own figures.
 */
import type { Dashboard, DashboardTable, Order } from '../../../src-shared/types';
import { addDishes } from '../../../src-shared/dashboard-dishes';

const RECENT = 3;

function mapTable(d: Dashboard, tableId: number, fn: (t: DashboardTable) => DashboardTable): Dashboard {
  return { ...d, tables: d.tables.map((t) => (t.id === tableId ? fn(t) : t)) };
}

export function orderCreated(d: Dashboard, order: Order): Dashboard {
  return mapTable(d, order.table_id, (t) => {
    if (t.recent_orders.some((o) => o.id === order.id)) return t;
    const base = t.session?.id === order.session_id ? t.session : null;
    const merged = addDishes(base ? t.dishes : [], base ? t.dishes_more : 0, order.items);
    return {
      ...t,
      session: {
        id: order.session_id,
        started_at: base?.started_at ?? order.created_at,
        total_amount: (base?.total_amount ?? 0) + order.total_amount,
        order_count: (base?.order_count ?? 0) + 1,
        guest_count: base?.guest_count ?? null,
      },
      recent_orders: [order, ...(base ? t.recent_orders : [])].slice(0, RECENT),
      dishes: merged.dishes,
      dishes_more: merged.more,
      first_order_at: (base && t.first_order_at) || order.created_at,
    };
  });
}

export function orderUpdated(d: Dashboard, order: Order): Dashboard {
  return mapTable(d, order.table_id, (t) => ({
    ...t,
    recent_orders: t.recent_orders.map((o) => (o.id === order.id ? order : o)),
  }));
}

/** `amount` is known for our own deletes; for others the refetch fixes the total. */
export function orderDeleted(d: Dashboard, orderId: number, tableId: number, amount?: number): Dashboard {
  return mapTable(d, tableId, (t) => {
    const known = t.recent_orders.find((o) => o.id === orderId);
    const minus = amount ?? known?.total_amount ?? 0;
    if (!known && amount === undefined) return t;
    return {
      ...t,
      session: t.session && {
        ...t.session,
        total_amount: Math.max(0, t.session.total_amount - minus),
        order_count: Math.max(0, t.session.order_count - 1),
      },
      recent_orders: t.recent_orders.filter((o) => o.id !== orderId),
    };
  });
}

export function sessionEnded(d: Dashboard, tableId: number): Dashboard {
  return mapTable(d, tableId, (t) => ({
    ...t,
    session: null,
    recent_orders: [],
    dishes: [],
    dishes_more: 0,
    first_order_at: null,
  }));
}

export function allOrders(d: Dashboard): Order[] {
  return d.tables.flatMap((t) => t.recent_orders);
}

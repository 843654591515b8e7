/** Orders and short-hands shared by the kitchen board-state tests. */
import {
  applyList,
  applyOrder,
  columns,
  type BoardState,
} from '../../../src-renderer/kitchen/state/board-state';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';

export const NOW = 1_000_000;
export const noOverrides = new Map<number, OrderStatus>();

/** Minute `m` of a fixed morning, as an API timestamp. */
export const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 9, m)).toISOString();

export function order(id: number, patch: Partial<Order> = {}): Order {
  return {
    id,
    order_number: `ORD-20261124-${String(id).padStart(4, '0')}`,
    table_id: 1,
    table_number: 1,
    session_id: 100,
    status: 'pending',
    total_amount: 12_000,
    created_at: at(id),
    updated_at: at(id),
    items: [
      {
        id: id * 10,
        menu_id: 1,
        menu_name: 'Bibimbap',
        base_price: 12_000,
        unit_price: 12_000,
        quantity: 1,
        subtotal: 12_000,
        note: null,
        options: [],
        status: 'pending',
        station_id: null,
      },
    ],
    ...patch,
  };
}

export const list = (s: BoardState, orders: Order[], lastEventId: number, now = NOW) =>
  applyList(s, orders, lastEventId, now);
export const event = (s: BoardState, o: Order, eventId: number, now = NOW) => applyOrder(s, o, eventId, now);

export const ids = (s: BoardState) => [...s.entries.keys()].sort((a, b) => a - b);
export const statusOf = (s: BoardState, id: number) => s.entries.get(id)?.order.status;
export const colIds = (s: BoardState, overrides = noOverrides, recall?: number) => {
  const c = columns(s, overrides, recall);
  return {
    pending: c.pending.map((e) => e.order.id),
    preparing: c.preparing.map((e) => e.order.id),
    completed: c.completed.map((e) => e.order.id),
  };
};

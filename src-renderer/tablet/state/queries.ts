/** Server state of the tablet: the menu (T2) and this session's orders (T5), via react-query. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { MenuTree, Order, TableOrders } from '../../../src-shared/types';
import { api, authed } from './api';
import { load, save } from './storage';
import { ordersChanged, ordersConfirmed, savedOrdersForStart } from './orders-cache';

export const MENU_KEY = ['menu'] as const;
export const ORDERS_KEY = ['orders'] as const;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A store LAN has no internet: navigator.onLine says nothing about the store server.
      networkMode: 'always',
      retry: (count) => count < 100,
      retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
      refetchOnWindowFocus: false,
      staleTime: 60_000,
    },
  },
});

interface SavedMenu {
  data: MenuTree;
  at: number;
}

/** The last menu is also kept in localStorage so the menu shows at once, even with the server down. */
export function useMenu() {
  return useQuery({
    queryKey: MENU_KEY,
    queryFn: async () => {
      const data = await authed(() => api.get<MenuTree>('/api/menus'));
      save('menu', { data, at: Date.now() } satisfies SavedMenu);
      return data;
    },
    initialData: () => load<SavedMenu | null>('menu', null)?.data,
    // Shown at once but always checked against the server.
    initialDataUpdatedAt: 0,
  });
}

/**
 * This session's orders. After a reload they start from the copy kept on the tablet (shown as
 * last known, see orders-cache) and are always checked against the server.
 */
export function useOrders() {
  return useQuery({
    queryKey: ORDERS_KEY,
    queryFn: async () => {
      const data = await authed(() => api.get<TableOrders>('/api/orders'));
      ordersConfirmed(data);
      return data;
    },
    initialData: savedOrdersForStart,
    initialDataUpdatedAt: 0,
  });
}

/**
 * Puts the saved copy in place at start, before anything reads it: the outbox then sends the
 * session the guest saw even when the server is down at reload (S4).
 */
export function seedOrders(): void {
  if (queryClient.getQueryData(ORDERS_KEY)) return;
  const saved = savedOrdersForStart();
  if (saved) queryClient.setQueryData<TableOrders>(ORDERS_KEY, saved, { updatedAt: 0 });
}

function changed() {
  const data = queryClient.getQueryData<TableOrders>(ORDERS_KEY);
  if (data) ordersChanged(data);
}

function newestFirst(a: Order, b: Order) {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}

/** Inserts or replaces one order (from an SSE event or an order we just placed). */
export function upsertOrder(order: Order): void {
  queryClient.setQueryData<TableOrders>(ORDERS_KEY, (prev) => {
    if (prev && prev.session_id !== null && prev.session_id !== order.session_id) {
      // An order of a newer session: the old one ended, its orders must not show (T5).
      if (order.session_id < prev.session_id) return prev;
      return { session_id: order.session_id, orders: [order] };
    }
    const rest = (prev?.orders ?? []).filter((o) => o.id !== order.id);
    return { session_id: order.session_id, orders: [order, ...rest].sort(newestFirst) };
  });
  changed();
}

export function removeOrder(orderId: number): void {
  queryClient.setQueryData<TableOrders>(ORDERS_KEY, (prev) =>
    prev ? { ...prev, orders: prev.orders.filter((o) => o.id !== orderId) } : prev,
  );
  changed();
}

/** A full answer (the live channel's snapshot, or a session that ended). */
export function setOrders(data: TableOrders): void {
  const sorted = { ...data, orders: [...data.orders].sort(newestFirst) };
  queryClient.setQueryData<TableOrders>(ORDERS_KEY, sorted);
  ordersConfirmed(sorted);
}

/** Server state of the tablet: the menu (T2) and this session's orders (T5), via react-query. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { MenuTree, Order, TableOrders } from '../../../src-shared/types';
import { api, authed } from './api';
import { load, save } from './storage';

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

export function useOrders() {
  return useQuery({
    queryKey: ORDERS_KEY,
    queryFn: () => authed(() => api.get<TableOrders>('/api/orders')),
  });
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
}

export function removeOrder(orderId: number): void {
  queryClient.setQueryData<TableOrders>(ORDERS_KEY, (prev) =>
    prev ? { ...prev, orders: prev.orders.filter((o) => o.id !== orderId) } : prev,
  );
}

export function setOrders(data: TableOrders): void {
  queryClient.setQueryData<TableOrders>(ORDERS_KEY, { ...data, orders: [...data.orders].sort(newestFirst) });
}

/**
 * The live board: one list fetch (react-query) of every order of active sessions, kept current
 * by the admin SSE stream. A `snapshot` or `resync` refetches; everything is merged by order id
 * and event id in BoardStore, so an order never shows twice or goes back in time.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, createApiClient } from '../../common/api';
import type { ConnectionInfo, EventHandlers } from '../../common/event-stream';
import { useEventStream } from '../../common/use-event-stream';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { AdminOrders, Order } from '../../../src-shared/types';
import { BoardStore } from './board-store';
import { clearSession, getToken } from './session';

const ORDERS_KEY = ['kitchen', 'orders'] as const;
const ORDERS_PATH = '/api/admin/orders?status=pending,preparing,completed';

export type Connection = ConnectionInfo;

export interface BumpFailure {
  id: number;
  order: Order;
  error: ApiError;
}

export function useBoard(onNewOrders: (orders: Order[]) => void) {
  const queryClient = useQueryClient();
  const [store] = useState(() => new BoardStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [failures, setFailures] = useState<BumpFailure[]>([]);
  const inFlight = useRef(new Set<number>());
  const alert = useRef(onNewOrders);
  useEffect(() => {
    alert.current = onNewOrders;
  });

  const api = useMemo(
    () => createApiClient({ getToken, onUnauthorized: () => clearSession('unauthorized') }),
    [],
  );

  const query = useQuery({
    queryKey: ORDERS_KEY,
    queryFn: () => api.get<AdminOrders>(ORDERS_PATH),
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 1000,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
  });

  useEffect(() => {
    if (!query.data) return;
    const added = store.list(query.data.orders, query.data.last_event_id);
    if (added.length) alert.current(added);
  }, [query.data, store]);

  const connection = useEventStream<unknown>({
    url: '/api/admin/events',
    getToken,
    handlers: useMemo(() => {
      const refetch = () => void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
      const upsert = ({ order }: { order: Order }, id: number | null) => {
        const added = store.order(order, id ?? 0);
        if (added.length) alert.current(added);
      };
      return {
        'order.created': upsert,
        'order.updated': upsert,
        'order.deleted': ({ order_id }, id) => store.deleted(order_id, id ?? 0),
        'session.ended': ({ table_id, session_id }, id) => store.sessionEnded(table_id, session_id, id ?? 0),
        snapshot: refetch,
        resync: refetch,
      } satisfies EventHandlers<unknown>;
    }, [queryClient, store]),
    onState: ({ state }) => {
      if (state === 'unauthorized') clearSession('unauthorized');
    },
  });

  const bump = useCallback(
    async (order: Order, to: OrderStatus) => {
      if (inFlight.current.has(order.id)) return;
      inFlight.current.add(order.id);
      store.startChange(order.id, to);
      try {
        const answer = await api.put<Order>(`/api/admin/orders/${order.id}/status`, { status: to });
        store.endChange(order.id, answer);
      } catch (e) {
        store.endChange(order.id, null);
        const error = e instanceof ApiError ? e : new ApiError(String(e), 0, 'NETWORK_ERROR');
        if (error.status !== 401) {
          setFailures((f) => [...f.slice(-3), { id: Date.now() + Math.random(), order, error }]);
          // What we showed was wrong somewhere: read the truth again.
          void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
        }
      } finally {
        inFlight.current.delete(order.id);
      }
    },
    [api, queryClient, store],
  );

  const dismissFailure = useCallback((id: number) => setFailures((f) => f.filter((x) => x.id !== id)), []);

  return {
    board: snapshot.board,
    overrides: snapshot.overrides,
    loaded: snapshot.board.baseline >= 0,
    loadError: query.error instanceof ApiError ? query.error : null,
    connection,
    bump,
    failures,
    dismissFailure,
    logout: () => {
      void api.post('/api/admin/logout').catch(() => undefined);
      clearSession('logout');
    },
  };
}

/**
 * The live board: one list fetch (react-query) of every order of active sessions, kept current
 * by the admin SSE stream. A `snapshot` or `resync` refetches; everything is merged by order id
 * and event id in BoardStore, so an order never shows twice or goes back in time.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, createApiClient } from '../../common/api';
import { connectSse, type ConnectionState, type SseMessage } from '../../common/sse';
import type { EventPayloads } from '../../../src-shared/events';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { AdminOrders, Order } from '../../../src-shared/types';
import { BoardStore } from './board-store';
import { clearSession, getToken } from './session';

const ORDERS_KEY = ['kitchen', 'orders'] as const;
const ORDERS_PATH = '/api/admin/orders?status=pending,preparing,completed';

export interface Connection {
  state: ConnectionState;
  /** When the current state began (local ms). */
  since: number;
  lastEventAt: number | null;
}

export interface BumpFailure {
  id: number;
  order: Order;
  error: ApiError;
}

export function useBoard(onNewOrders: (orders: Order[]) => void) {
  const queryClient = useQueryClient();
  const [store] = useState(() => new BoardStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [connection, setConnection] = useState<Connection>({
    state: 'connecting',
    since: Date.now(),
    lastEventAt: null,
  });
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

  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
    const onMessage = ({ id, event, data }: SseMessage) => {
      const eventId = id ?? 0;
      switch (event) {
        case 'order.created':
        case 'order.updated': {
          const added = store.order((data as EventPayloads['order.created']).order, eventId);
          if (added.length) alert.current(added);
          break;
        }
        case 'order.deleted':
          store.deleted((data as EventPayloads['order.deleted']).order_id, eventId);
          break;
        case 'session.ended': {
          const d = data as EventPayloads['session.ended'];
          store.sessionEnded(d.table_id, d.session_id, eventId);
          break;
        }
        case 'snapshot':
        case 'resync':
          refetch();
          break;
      }
    };
    const conn = connectSse({
      url: '/api/admin/events',
      getToken,
      onMessage,
      onState: (state, info) => {
        if (state === 'unauthorized') clearSession('unauthorized');
        setConnection((c) =>
          c.state === state && c.since === info.since && c.lastEventAt === info.lastEventAt
            ? c
            : { state, since: info.since, lastEventAt: info.lastEventAt },
        );
      },
    });
    return () => conn.close();
  }, [queryClient, store]);

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

/**
 * The live board: one list fetch (react-query) of every order of active sessions, kept current
 * by the admin SSE stream. A `snapshot` or `resync` refetches; everything is merged by order id
 * and event id in BoardStore, so an order never shows twice or goes back in time. The dishes'
 * prep targets and the store's stations are fetched too, and again on `menu.updated`.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, createApiClient } from '../../common/api';
import type { ConnectionInfo, EventHandlers } from '../../common/event-stream';
import { useEventStream } from '../../common/use-event-stream';
import type { AdminOrders, Menu, Order, PrinterList, StationList } from '../../../src-shared/types';
import { BoardStore } from './board-store';
import { clearSession, getToken } from './session';
import { useBumps } from './use-bumps';
import { kitchenCalls, loadCalls } from './calls';

export type { BumpFailure } from './use-bumps';

const ORDERS_KEY = ['kitchen', 'orders'] as const;
const MENUS_KEY = ['kitchen', 'menus'] as const;
const STATIONS_KEY = ['kitchen', 'stations'] as const;
const PRINTERS_KEY = ['kitchen', 'printers'] as const;
const ORDERS_PATH = '/api/admin/orders?status=pending,preparing,completed';

export type Connection = ConnectionInfo;

const keepTrying = {
  retry: (count: number, error: unknown) =>
    !(error instanceof ApiError && error.status === 401) && count < 1000,
  retryDelay: (attempt: number) => Math.min(1000 * 2 ** attempt, 30_000),
};

export function useBoard(onNewOrders: (orders: Order[]) => void) {
  const queryClient = useQueryClient();
  const [store] = useState(() => new BoardStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
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
    ...keepTrying,
  });
  const menus = useQuery({
    queryKey: MENUS_KEY,
    queryFn: () => api.get<{ menus: Menu[] }>('/api/admin/menus'),
    ...keepTrying,
  });
  // A server without stations yet (404) leaves the board in the expo view.
  const stations = useQuery({
    queryKey: STATIONS_KEY,
    queryFn: () => api.get<StationList>('/api/admin/stations'),
    retry: (count, error) =>
      !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1000,
    retryDelay: keepTrying.retryDelay,
  });

  // Staff calls (T9) come over the same stream; the list is fetched on mount and on every snapshot.
  useEffect(() => {
    void loadCalls();
    return () => kitchenCalls.reset();
  }, []);
  // A14: kitchen printers in trouble show as an alert on the board (printer.updated refreshes).
  const printers = useQuery({
    queryKey: PRINTERS_KEY,
    queryFn: () => api.get<PrinterList>('/api/admin/printer-status'),
    retry: (count, error) =>
      !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1000,
    retryDelay: keepTrying.retryDelay,
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
        // Prep targets, categories' stations and the stations themselves all announce this.
        'menu.updated': () => {
          void queryClient.invalidateQueries({ queryKey: MENUS_KEY });
          void queryClient.invalidateQueries({ queryKey: STATIONS_KEY });
        },
        'call.created': ({ call }) => kitchenCalls.upsert(call),
        'call.updated': ({ call }) => kitchenCalls.upsert(call),
        snapshot: () => {
          refetch();
          void loadCalls();
        },
        resync: () => {
          refetch();
          void loadCalls();
        },
        'printer.updated': () => void queryClient.invalidateQueries({ queryKey: PRINTERS_KEY }),
      } satisfies EventHandlers<unknown>;
    }, [queryClient, store]),
    onState: ({ state }) => {
      if (state === 'unauthorized') clearSession('unauthorized');
    },
  });

  const bumps = useBumps(api, store, () => void queryClient.invalidateQueries({ queryKey: ORDERS_KEY }));

  /** Dish id → prep target in minutes (null = none set). */
  const prep = useMemo(
    () => new Map((menus.data?.menus ?? []).map((m) => [m.id, m.prep_minutes ?? null] as const)),
    [menus.data],
  );

  const printerTrouble = useMemo(
    () =>
      (printers.data?.printers ?? []).filter(
        (p) => p.enabled && p.kind === 'kitchen' && p.status !== 'ok' && p.status !== 'unknown',
      ),
    [printers.data],
  );

  return {
    printerTrouble,
    board: snapshot.board,
    overrides: useMemo(
      () => ({ orders: snapshot.overrides, lines: snapshot.lineOverrides }),
      [snapshot.overrides, snapshot.lineOverrides],
    ),
    loaded: snapshot.board.baseline >= 0,
    loadError: query.error instanceof ApiError ? query.error : null,
    connection,
    prep,
    stations: stations.data?.stations ?? null,
    ...bumps,
    logout: () => {
      void api.post('/api/admin/logout').catch(() => undefined);
      clearSession('logout');
    },
  };
}

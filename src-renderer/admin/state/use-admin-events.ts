/**
 * The admin SSE stream (GET /api/admin/events) feeding react-query: snapshots replace the
 * dashboard, events patch it at once and schedule a refetch, `resync` and every reconnect
 * refetch everything. connectSse resumes with Last-Event-ID, so a restart loses nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ConnectionInfo, EventHandlers } from '../../common/event-stream';
import { useEventStream } from '../../common/use-event-stream';
import type { AdminSnapshot } from '../../../src-shared/events';
import type { Dashboard } from '../../../src-shared/types';
import { endSession, getToken } from './auth-session';
import { keys } from './admin-api';
import * as cache from './dashboard-cache';
import { markNew, markSeen, markTableSeen } from './new-orders';
import { adminCalls, loadCalls } from './staff-calls';

function patchDashboard(qc: QueryClient, fn: (d: Dashboard) => Dashboard) {
  qc.setQueryData<Dashboard>(keys.dashboard, (d) => (d ? fn(d) : d));
}

type Seen = { at: string | null };

/** Typed handlers: each event patches the cached dashboard at once; the server's figures follow. */
function handlers(qc: QueryClient, newestSeen: Seen, refetchSoon: () => void): EventHandlers<AdminSnapshot> {
  const noteSeen = (createdAt: string) => {
    if (!newestSeen.at || createdAt > newestSeen.at) newestSeen.at = createdAt;
  };
  return {
    snapshot: (d) => {
      // A snapshot after a resync may hold orders we never got as events: highlight those.
      if (newestSeen.at) {
        for (const o of cache.allOrders(d)) if (o.created_at > newestSeen.at) markNew(o.id, o.table_id);
      }
      for (const o of cache.allOrders(d)) noteSeen(o.created_at);
      qc.setQueryData(keys.dashboard, d);
      void loadCalls();
    },
    resync: () => {
      void qc.invalidateQueries();
      void loadCalls();
      refetchSoon();
    },
    'order.created': ({ order }) => {
      patchDashboard(qc, (d) => cache.orderCreated(d, order));
      qc.setQueryData(keys.order(order.id), order);
      noteSeen(order.created_at);
      markNew(order.id, order.table_id);
      void qc.invalidateQueries({ queryKey: keys.tables });
      void qc.invalidateQueries({ queryKey: keys.bill(order.table_id) });
      refetchSoon();
    },
    'order.updated': ({ order }) => {
      patchDashboard(qc, (d) => cache.orderUpdated(d, order));
      qc.setQueryData(keys.order(order.id), order);
      void qc.invalidateQueries({ queryKey: keys.bill(order.table_id) });
      refetchSoon();
    },
    'order.deleted': ({ order_id, table_id }) => {
      void qc.invalidateQueries({ queryKey: keys.bill(table_id) });
      patchDashboard(qc, (d) => cache.orderDeleted(d, order_id, table_id));
      markSeen([order_id]);
      void qc.invalidateQueries({ queryKey: keys.order(order_id) });
      refetchSoon();
    },
    'session.ended': ({ table_id }) => {
      patchDashboard(qc, (d) => cache.sessionEnded(d, table_id));
      markTableSeen(table_id);
      void qc.invalidateQueries({ queryKey: keys.bill(table_id) });
      void qc.invalidateQueries({ queryKey: keys.history });
      void qc.invalidateQueries({ queryKey: keys.tables });
      refetchSoon();
    },
    'menu.updated': () => {
      // Station changes are menu changes too (K5): a deleted station moves its categories.
      void qc.invalidateQueries({ queryKey: keys.stations });
      void qc.invalidateQueries({ queryKey: keys.categories });
      void qc.invalidateQueries({ queryKey: keys.menus });
      refetchSoon();
    },
    'table.updated': ({ table_id }) => {
      void qc.invalidateQueries({ queryKey: keys.tables });
      void qc.invalidateQueries({ queryKey: keys.bill(table_id) });
      refetchSoon();
    },
    // T9: the store rings the call sound for a call it has not seen.
    // A12: a payment, a void or a guest count at any table (this PC or another).
    'bill.updated': ({ table_id }) => {
      void qc.invalidateQueries({ queryKey: keys.bill(table_id) });
      refetchSoon();
    },
    'call.created': ({ call }) => adminCalls.upsert(call),
    'call.updated': ({ call }) => adminCalls.upsert(call),
    'printer.updated': () => {
      void qc.invalidateQueries({ queryKey: keys.printers });
      void qc.invalidateQueries({ queryKey: keys.printJobs });
    },
  };
}

export function useAdminEvents(enabled: boolean): ConnectionInfo {
  const qc = useQueryClient();
  const [newestSeen] = useState<Seen>(() => ({ at: null }));
  const wasDown = useRef(false);
  const refetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  const all = useMemo(
    () =>
      handlers(qc, newestSeen, () => {
        // The server's own figures win shortly after any event (coalesced for bursts).
        clearTimeout(refetchTimer.current);
        refetchTimer.current = setTimeout(() => void qc.invalidateQueries({ queryKey: keys.dashboard }), 250);
      }),
    [qc, newestSeen],
  );

  return useEventStream<AdminSnapshot>({
    url: '/api/admin/events',
    enabled,
    getToken,
    handlers: all,
    onState: ({ state }) => {
      if (state === 'unauthorized') endSession('unauthorized');
      else if (state === 'reconnecting') wasDown.current = true;
      else if (state === 'live' && wasDown.current) {
        wasDown.current = false;
        // Replay brings the missed events; refetching too covers pages that are not the dashboard.
        void qc.invalidateQueries();
        void loadCalls();
      }
    },
  });
}

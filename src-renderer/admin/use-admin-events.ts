/**
 * The admin SSE stream (GET /api/admin/events) feeding react-query: snapshots replace the
 * dashboard, events patch it at once and schedule a refetch, `resync` and every reconnect
 * refetch everything. connectSse resumes with Last-Event-ID, so a restart loses nothing.
 */
import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { connectSse, type ConnectionState, type SseMessage } from '../common/sse';
import type { EventPayloads } from '../../src-shared/events';
import type { Dashboard } from '../../src-shared/types';
import { endSession, getToken } from './auth-session';
import { keys } from './admin-api';
import * as cache from './dashboard-cache';
import { markNew, markSeen, markTableSeen } from './new-orders';

export interface ConnectionInfo {
  state: ConnectionState;
  since: number;
  lastEventAt: number | null;
}

function patchDashboard(qc: QueryClient, fn: (d: Dashboard) => Dashboard) {
  qc.setQueryData<Dashboard>(keys.dashboard, (d) => (d ? fn(d) : d));
}

function handle(qc: QueryClient, m: SseMessage, newestSeen: { at: string | null }) {
  switch (m.event) {
    case 'snapshot': {
      const d = m.data as Dashboard;
      // A snapshot after a resync may hold orders we never got as events: highlight those.
      if (newestSeen.at) {
        for (const o of cache.allOrders(d)) if (o.created_at > newestSeen.at) markNew(o.id, o.table_id);
      }
      for (const o of cache.allOrders(d))
        if (!newestSeen.at || o.created_at > newestSeen.at) newestSeen.at = o.created_at;
      qc.setQueryData(keys.dashboard, d);
      return;
    }
    case 'resync':
      void qc.invalidateQueries();
      return;
    case 'order.created': {
      const { order } = m.data as EventPayloads['order.created'];
      patchDashboard(qc, (d) => cache.orderCreated(d, order));
      qc.setQueryData(keys.order(order.id), order);
      if (!newestSeen.at || order.created_at > newestSeen.at) newestSeen.at = order.created_at;
      markNew(order.id, order.table_id);
      void qc.invalidateQueries({ queryKey: keys.tables });
      return;
    }
    case 'order.updated': {
      const { order } = m.data as EventPayloads['order.updated'];
      patchDashboard(qc, (d) => cache.orderUpdated(d, order));
      qc.setQueryData(keys.order(order.id), order);
      return;
    }
    case 'order.deleted': {
      const { order_id, table_id } = m.data as EventPayloads['order.deleted'];
      patchDashboard(qc, (d) => cache.orderDeleted(d, order_id, table_id));
      markSeen([order_id]);
      void qc.invalidateQueries({ queryKey: keys.order(order_id) });
      return;
    }
    case 'session.ended': {
      const { table_id } = m.data as EventPayloads['session.ended'];
      patchDashboard(qc, (d) => cache.sessionEnded(d, table_id));
      markTableSeen(table_id);
      void qc.invalidateQueries({ queryKey: keys.history });
      void qc.invalidateQueries({ queryKey: keys.tables });
      return;
    }
    case 'menu.updated':
      void qc.invalidateQueries({ queryKey: keys.categories });
      void qc.invalidateQueries({ queryKey: keys.menus });
      return;
    case 'table.updated':
      void qc.invalidateQueries({ queryKey: keys.tables });
      return;
  }
}

export function useAdminEvents(enabled: boolean): ConnectionInfo {
  const qc = useQueryClient();
  const [info, setInfo] = useState<ConnectionInfo>({
    state: 'connecting',
    since: Date.now(),
    lastEventAt: null,
  });

  useEffect(() => {
    if (!enabled) return;
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const newestSeen = { at: null as string | null };
    // The server's own figures win shortly after any event (coalesced for bursts).
    const refetchSoon = () => {
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(() => void qc.invalidateQueries({ queryKey: keys.dashboard }), 250);
    };
    const conn = connectSse({
      url: '/api/admin/events',
      getToken,
      onMessage: (m) => {
        handle(qc, m, newestSeen);
        if (m.event !== 'snapshot') refetchSoon();
      },
      onState: (state, i) => {
        setInfo({ state, since: i.since, lastEventAt: i.lastEventAt });
        if (state === 'unauthorized') endSession('unauthorized');
        else if (state === 'reconnecting') wasDown = true;
        else if (state === 'live' && wasDown) {
          wasDown = false;
          // Replay brings the missed events; refetching too covers pages that are not the dashboard.
          void qc.invalidateQueries();
        }
      },
    });
    return () => {
      clearTimeout(refetchTimer);
      conn.close();
    };
  }, [enabled, qc]);

  return info;
}

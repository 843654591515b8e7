/**
 * The table's live channel (T5, T6): one SSE connection that keeps the orders and the menu
 * current, resumes with Last-Event-ID, logs in again when the token is refused, and nudges
 * the outbox whenever the server is reachable again.
 */
import { useEffect } from 'react';
import { createStore, useStore } from 'zustand';
import { connectEventStream, type ConnectionState, type EventHandlers } from '../../common/event-stream';
import type { TableSnapshot } from '../../../src-shared/events';
import type { TableOrders } from '../../../src-shared/types';
import { clearCart } from './cart-store';
import { currentToken, endGuest, relogin } from './auth-store';
import { billChanged } from './bill-store';
import { CALLS_KEY, clearCalls, upsertCall } from './calls-store';
import { flushOutbox, onOutboxEvent } from './outbox-store';
import {
  MENU_KEY,
  ORDERS_KEY,
  queryClient,
  removeOrder,
  seedOrders,
  setOrders,
  upsertOrder,
} from './queries';
import { ordersStillCurrent } from './orders-cache';

/** Why this table's seating just left it (A13), for the guest screen to say so. */
export type FloorChange = 'moved' | 'merged';
const floorStore = createStore<{ change: FloorChange | null; at: number }>(() => ({ change: null, at: 0 }));

export function useFloorChange() {
  return useStore(floorStore);
}

export function clearFloorChange(): void {
  floorStore.setState({ change: null });
}

const connectionStore = createStore<{ state: ConnectionState }>(() => ({ state: 'connecting' }));
const setConnection = (state: ConnectionState) => connectionStore.setState({ state });

export function useConnection(): ConnectionState {
  return useStore(connectionStore, (s) => s.state);
}

/** Calls and the bill are not in the snapshot: a (re)connect may have missed their events. */
function refetchCallsAndBill() {
  void queryClient.invalidateQueries({ queryKey: CALLS_KEY });
  billChanged();
}

const handlers: EventHandlers<TableSnapshot> = {
  snapshot: (data) => {
    setOrders(data);
    refetchCallsAndBill();
  },
  resync: () => {
    void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
    void queryClient.invalidateQueries({ queryKey: MENU_KEY });
    refetchCallsAndBill();
  },
  'order.created': ({ order }) => {
    upsertOrder(order);
    billChanged();
  },
  'order.updated': ({ order }) => {
    // An order this tablet never saw, or of another seating: orders moved or merged here
    // (A13). The list from the server is the whole truth about what this seating holds.
    const known = queryClient.getQueryData<TableOrders>(ORDERS_KEY);
    const foreign = !known?.orders.some((o) => o.id === order.id) || known.session_id !== order.session_id;
    upsertOrder(order);
    if (foreign) void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
    billChanged();
  },
  'order.deleted': ({ order_id }) => {
    removeOrder(order_id);
    billChanged();
  },
  'session.ended': ({ reason }) => {
    setOrders({ session_id: null, orders: [] });
    // Moved or merged: the guests (and their cart) now belong to another table.
    if (reason) {
      clearCart();
      floorStore.setState({ change: reason, at: Date.now() });
    }
    clearCalls();
    billChanged();
    // A guest's phone belongs to that seating only (T11): its visit is over.
    endGuest();
  },
  'menu.updated': () => void queryClient.invalidateQueries({ queryKey: MENU_KEY }),
  'call.created': ({ call }) => upsertCall(call),
  'call.updated': ({ call }) => upsertCall(call),
  'bill.updated': () => billChanged(),
};

/** Opens the table's SSE stream for as long as the tablet is logged in. */
export function useTableEvents(tableId: number): void {
  useEffect(() => {
    let stopped = false;
    seedOrders();
    // The orders were current as long as the channel was up: note when that ended.
    const noteCurrent = () => {
      if (connectionStore.getState().state === 'live') ordersStillCurrent();
    };
    window.addEventListener('pagehide', noteCurrent);
    const stream = connectEventStream<TableSnapshot>({
      url: '/api/table/events',
      getToken: currentToken,
      handlers,
      onState: ({ state }) => {
        // onState also fires on every message; act on changes only.
        const wasLive = connectionStore.getState().state === 'live';
        if (wasLive && state !== 'live') ordersStillCurrent();
        setConnection(state === 'unauthorized' ? 'reconnecting' : state);
        // The server answers again: deliver waiting orders now rather than at the next backoff tick.
        if (state === 'live' && !wasLive) void flushOutbox();
        if (state === 'unauthorized') {
          // A fresh token, then the same stream resumes from its last event id.
          relogin()
            .catch(() => new Promise((r) => setTimeout(r, 5000)))
            .then(() => {
              if (!stopped) stream.reconnect();
            });
        }
      },
    });

    const offOutbox = onOutboxEvent((e) => {
      if (e.type === 'delivered') {
        upsertOrder(e.order);
        billChanged();
      } else void queryClient.invalidateQueries({ queryKey: MENU_KEY });
    });
    return () => {
      stopped = true;
      window.removeEventListener('pagehide', noteCurrent);
      stream.close();
      setConnection('connecting');
      offOutbox();
    };
    // A new token (after re-login) is read through currentToken; reconnect only for another table.
  }, [tableId]);
}

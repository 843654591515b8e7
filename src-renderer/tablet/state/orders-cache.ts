/**
 * The last "my orders" answer kept on the tablet (T5 offline): a tablet reloaded while the store
 * server is down shows the session's orders and total from here, marked as last known, instead
 * of an empty list; the first answer from the server replaces them.
 *
 * `confirmed_at` is when the copy was last known to match the server: set by full answers (the
 * GET and the live channel's snapshot), and moved on while the live channel stays up, so the
 * time shown offline is when the tablet lost touch, not when the last order changed.
 */
import { createStore, useStore } from 'zustand';
import type { TableOrders } from '../../../src-shared/types';
import { getAuth } from './auth-store';
import { load, save } from './storage';

const KEY = 'orders';

interface SavedOrders {
  table_id: number;
  data: TableOrders;
  confirmed_at: string;
}

/** Whether the orders on screen came from the saved copy and the server has not answered since. */
const state = createStore<{ lastKnownAt: string | null }>(() => ({ lastKnownAt: null }));

function currentTableId(): number | null {
  const auth = getAuth();
  return auth.status === 'ready' ? auth.session.table_id : null;
}

/** The saved answer of this tablet's table, if any; marks what is shown as last known. */
export function savedOrdersForStart(): TableOrders | undefined {
  const saved = load<SavedOrders | null>(KEY, null);
  if (!saved?.data || saved.table_id !== currentTableId()) return undefined;
  state.setState({ lastKnownAt: saved.confirmed_at });
  return saved.data;
}

/** A full answer from the server: it is what the table has now. */
export function ordersConfirmed(data: TableOrders): void {
  const tableId = currentTableId();
  state.setState({ lastKnownAt: null });
  if (tableId !== null) save(KEY, { table_id: tableId, data, confirmed_at: new Date().toISOString() });
}

/** A single change (an event, an order just delivered): kept, without claiming the rest is current. */
export function ordersChanged(data: TableOrders): void {
  const tableId = currentTableId();
  if (tableId === null) return;
  const confirmedAt = state.getState().lastKnownAt ?? new Date().toISOString();
  save(KEY, { table_id: tableId, data, confirmed_at: confirmedAt });
}

/** The live channel was up until now: the saved copy was current until this moment. */
export function ordersStillCurrent(): void {
  if (state.getState().lastKnownAt !== null) return;
  const saved = load<SavedOrders | null>(KEY, null);
  if (saved && saved.table_id === currentTableId()) {
    save(KEY, { ...saved, confirmed_at: new Date().toISOString() });
  }
}

export function forgetSavedOrders(): void {
  save(KEY, null);
  state.setState({ lastKnownAt: null });
}

/** When the orders shown were last confirmed, while they come from the saved copy; else null. */
export function useLastKnownAt(): string | null {
  return useStore(state, (s) => s.lastKnownAt);
}

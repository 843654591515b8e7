/**
 * The board's orders, merged from list fetches and SSE events so that nothing shows twice and
 * nothing older overwrites something newer, whatever order they arrive in.
 *
 * Every entry remembers the event id its data is "as of": an event carries its own id, a fetch
 * carries the list's `last_event_id`. Newer wins. Deleted orders and ended sessions never come
 * back, so they are remembered (with the id that removed them) to keep an older fetch from
 * resurrecting them.
 */
import type { Order } from '../../../src-shared/types';

export interface BoardEntry {
  order: Order;
  /** Event id this data is as of. */
  version: number;
  /** Local time it first appeared after the first load (drives the "new" highlight), else null. */
  arrivedAt: number | null;
}

export interface BoardState {
  entries: ReadonlyMap<number, BoardEntry>;
  /** The newest list fetch merged so far (its last_event_id); -1 before the first. */
  baseline: number;
  deletedOrders: ReadonlyMap<number, number>;
  endedSessions: ReadonlyMap<number, number>;
}

export interface MergeResult {
  state: BoardState;
  /** Orders that were not on the board before and are waiting in the kitchen (alert worthy). */
  added: Order[];
}

export const emptyBoard: BoardState = {
  entries: new Map(),
  baseline: -1,
  deletedOrders: new Map(),
  endedSessions: new Map(),
};

const isGone = (s: BoardState, order: Order, asOf: number) =>
  (s.deletedOrders.get(order.id) ?? -1) >= asOf || (s.endedSessions.get(order.session_id) ?? -1) >= asOf;

/** Merges the list of every order of active sessions as of `lastEventId`. */
export function applyList(
  s: BoardState,
  orders: readonly Order[],
  lastEventId: number,
  now: number,
): MergeResult {
  const first = s.baseline < 0;
  const entries = new Map(s.entries);
  const added: Order[] = [];
  const listed = new Set<number>();
  for (const order of orders) {
    listed.add(order.id);
    if (isGone(s, order, lastEventId)) continue;
    const current = entries.get(order.id);
    if (current && current.version > lastEventId) continue;
    // Not on a board that is as of a newer list: that list (or an event) already removed it.
    if (!current && lastEventId < s.baseline) continue;
    if (!current && !first && order.status === 'pending') added.push(order);
    entries.set(order.id, {
      order,
      version: lastEventId,
      // null (present at the first load) must stay null, not turn into "new".
      arrivedAt: current ? current.arrivedAt : first ? null : now,
    });
  }
  // Absent from a list as of N means deleted or its session ended by N, unless we know newer.
  for (const [id, entry] of entries) {
    if (!listed.has(id) && entry.version <= lastEventId) entries.delete(id);
  }
  return { state: { ...s, entries, baseline: Math.max(s.baseline, lastEventId) }, added };
}

/** An `order.created` / `order.updated` event. */
export function applyOrder(s: BoardState, order: Order, eventId: number, now: number): MergeResult {
  const current = s.entries.get(order.id);
  if (eventId <= (current?.version ?? s.baseline) || isGone(s, order, eventId))
    return { state: s, added: [] };
  const entries = new Map(s.entries);
  entries.set(order.id, { order, version: eventId, arrivedAt: current ? current.arrivedAt : now });
  const added = !current && order.status === 'pending' ? [order] : [];
  return { state: { ...s, entries }, added };
}

export function applyOrderDeleted(s: BoardState, orderId: number, eventId: number): BoardState {
  const deletedOrders = new Map(s.deletedOrders).set(orderId, eventId);
  const entries = new Map(s.entries);
  entries.delete(orderId);
  return { ...s, entries, deletedOrders };
}

export function applySessionEnded(
  s: BoardState,
  tableId: number,
  sessionId: number,
  eventId: number,
): BoardState {
  const endedSessions = new Map(s.endedSessions).set(sessionId, eventId);
  const entries = new Map(s.entries);
  for (const [id, entry] of entries) {
    if (
      entry.order.session_id === sessionId ||
      (entry.order.table_id === tableId && entry.version < eventId)
    ) {
      entries.delete(id);
    }
  }
  return { ...s, entries, endedSessions };
}

/**
 * The answer to our own status change. It has no event id, so it only replaces data that is
 * not newer (by updated_at) and keeps the entry's version; the matching SSE event follows.
 */
export function applyOwnUpdate(s: BoardState, order: Order): BoardState {
  const current = s.entries.get(order.id);
  if (!current || current.order.updated_at > order.updated_at) return s;
  const entries = new Map(s.entries);
  entries.set(order.id, { ...current, order });
  return { ...s, entries };
}

export interface BoardColumns {
  pending: BoardEntry[];
  preparing: BoardEntry[];
  /** The most recently completed, newest first. */
  completed: BoardEntry[];
}

// Order ids are handed out in arrival order; created_at follows the server's wall clock, which
// can jump back (NTP, a manual fix) and would put the newest ticket first.
const byAge = (a: BoardEntry, b: BoardEntry) => a.order.id - b.order.id;

/** Splits the board into its columns, oldest first; `overrides` are optimistic statuses. */
export function columns(
  s: BoardState,
  overrides: ReadonlyMap<number, Order['status']>,
  recallCount = 5,
): BoardColumns {
  const out: BoardColumns = { pending: [], preparing: [], completed: [] };
  for (const entry of s.entries.values()) {
    const status = overrides.get(entry.order.id) ?? entry.order.status;
    // A ticket bumped a moment ago counts as the newest change until the server answers.
    const pending = { ...entry.order, status, updated_at: '9999' };
    out[status].push(status === entry.order.status ? entry : { ...entry, order: pending });
  }
  out.pending.sort(byAge);
  out.preparing.sort(byAge);
  out.completed.sort((a, b) => (a.order.updated_at < b.order.updated_at ? 1 : -1));
  out.completed = out.completed.slice(0, recallCount);
  return out;
}

import { describe, expect, it } from 'vitest';
import {
  applyList,
  applyOrder,
  applyOrderDeleted,
  applyOwnUpdate,
  applySessionEnded,
  columns,
  emptyBoard,
  type BoardState,
} from '../../../src-renderer/kitchen/board/board-state';
import { BoardStore } from '../../../src-renderer/kitchen/board/board-store';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';

const NOW = 1_000_000;
const noOverrides = new Map<number, OrderStatus>();

/** Minute `m` of a fixed morning, as an API timestamp. */
const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 9, m)).toISOString();

function order(id: number, patch: Partial<Order> = {}): Order {
  return {
    id,
    order_number: `ORD-20261124-${String(id).padStart(4, '0')}`,
    table_id: 1,
    table_number: 1,
    session_id: 100,
    status: 'pending',
    total_amount: 12_000,
    created_at: at(id),
    updated_at: at(id),
    items: [{ menu_id: 1, menu_name: 'Bibimbap', unit_price: 12_000, quantity: 1, subtotal: 12_000 }],
    ...patch,
  };
}

const list = (s: BoardState, orders: Order[], lastEventId: number, now = NOW) =>
  applyList(s, orders, lastEventId, now);
const event = (s: BoardState, o: Order, eventId: number, now = NOW) => applyOrder(s, o, eventId, now);

const ids = (s: BoardState) => [...s.entries.keys()].sort((a, b) => a - b);
const statusOf = (s: BoardState, id: number) => s.entries.get(id)?.order.status;
const colIds = (s: BoardState, overrides = noOverrides, recall?: number) => {
  const c = columns(s, overrides, recall);
  return {
    pending: c.pending.map((e) => e.order.id),
    preparing: c.preparing.map((e) => e.order.id),
    completed: c.completed.map((e) => e.order.id),
  };
};

describe('one entry per order, whatever the source', () => {
  it('shows a fetched order once, even when the list is fetched again', () => {
    let s = list(emptyBoard, [order(1), order(2)], 10).state;
    s = list(s, [order(1), order(2)], 10).state;
    s = list(s, [order(1), order(2)], 11).state;
    expect(ids(s)).toEqual([1, 2]);
    expect(columns(s, noOverrides).pending).toHaveLength(2);
  });

  it('shows an order once when its event is repeated', () => {
    let s = list(emptyBoard, [], 10).state;
    const first = event(s, order(1), 11);
    expect(first.added.map((o) => o.id)).toEqual([1]);
    s = first.state;
    const again = event(s, order(1), 11);
    expect(again.added).toEqual([]);
    expect(again.state).toBe(s);
    expect(ids(s)).toEqual([1]);
  });

  it('fetch then event (the event newer): one entry, with the event data', () => {
    let s = list(emptyBoard, [order(1)], 10).state;
    const r = event(s, order(1, { status: 'preparing', updated_at: at(30) }), 11);
    s = r.state;
    expect(r.added).toEqual([]);
    expect(ids(s)).toEqual([1]);
    expect(statusOf(s, 1)).toBe('preparing');
    expect(s.entries.get(1)?.version).toBe(11);
  });

  it('fetch then event (the event already in the fetch): one entry, nothing changes', () => {
    const s = list(emptyBoard, [order(1, { status: 'preparing' })], 10).state;
    const r = event(s, order(1), 9);
    expect(r.state).toBe(s);
    expect(r.added).toEqual([]);
    expect(ids(s)).toEqual([1]);
    expect(statusOf(s, 1)).toBe('preparing');
  });

  it('event then fetch that includes it: one entry', () => {
    let s = list(emptyBoard, [], 10).state;
    s = event(s, order(1), 11).state;
    const r = list(s, [order(1)], 11);
    expect(r.added).toEqual([]);
    expect(ids(r.state)).toEqual([1]);
    expect(r.state.entries.get(1)?.arrivedAt).toBe(NOW);
  });

  it('event before the first fetch, then the fetch: one entry', () => {
    let s = event(emptyBoard, order(1), 5).state;
    s = list(s, [order(1), order(2)], 6).state;
    expect(ids(s)).toEqual([1, 2]);
    expect(columns(s, noOverrides).pending.map((e) => e.order.id)).toEqual([1, 2]);
  });
});

describe('newer data wins', () => {
  it('an event with an id at or below the fetched last_event_id does not overwrite the fetch', () => {
    const fetched = order(1, { status: 'completed', updated_at: at(40) });
    let s = list(emptyBoard, [fetched], 20).state;
    for (const [status, id] of [
      ['pending', 12],
      ['preparing', 18],
      ['preparing', 20],
    ] as const) {
      const r = event(s, order(1, { status }), id);
      expect(r.state).toBe(s);
      s = r.state;
    }
    expect(s.entries.get(1)?.order).toEqual(fetched);
    expect(s.entries.get(1)?.version).toBe(20);
  });

  it('an event for an order not in the fetch, at or below its last_event_id, does not add it', () => {
    // Absent from the list as of 20 means gone by 20: a replayed created event must not revive it.
    const s = list(emptyBoard, [order(2)], 20).state;
    const r = event(s, order(1), 15);
    expect(r.state).toBe(s);
    expect(r.added).toEqual([]);
    expect(ids(r.state)).toEqual([2]);
  });

  it('an older event after a newer one is ignored', () => {
    let s = list(emptyBoard, [order(1)], 10).state;
    s = event(s, order(1, { status: 'completed', updated_at: at(50) }), 14).state;
    s = event(s, order(1, { status: 'preparing', updated_at: at(40) }), 12).state;
    expect(statusOf(s, 1)).toBe('completed');
  });

  it('an older fetch arriving after newer events does not roll back statuses', () => {
    let s = list(emptyBoard, [order(1), order(2)], 8).state;
    s = event(s, order(1, { status: 'preparing', updated_at: at(30) }), 11).state;
    s = event(s, order(2, { status: 'preparing', updated_at: at(31) }), 12).state;
    s = event(s, order(2, { status: 'completed', updated_at: at(32) }), 13).state;
    // A fetch started before those events (as of 10) answers late.
    const r = list(s, [order(1), order(2)], 10);
    expect(r.added).toEqual([]);
    expect(ids(r.state)).toEqual([1, 2]);
    expect(statusOf(r.state, 1)).toBe('preparing');
    expect(statusOf(r.state, 2)).toBe('completed');
    expect(r.state.entries.get(2)?.version).toBe(13);
    expect(r.state.baseline).toBe(10);
    // ...and one as of 12 restores neither order 1's nor order 2's older status.
    const r2 = list(r.state, [order(1, { status: 'preparing' }), order(2, { status: 'preparing' })], 12);
    expect(statusOf(r2.state, 1)).toBe('preparing');
    expect(statusOf(r2.state, 2)).toBe('completed');
  });

  it('an older fetch does not drop orders created by newer events', () => {
    let s = list(emptyBoard, [order(1)], 10).state;
    s = event(s, order(2), 12).state;
    s = list(s, [order(1)], 11).state;
    expect(ids(s)).toEqual([1, 2]);
  });

  it('an older fetch after a newer fetch changes nothing it knows better', () => {
    let s = list(emptyBoard, [order(1), order(2)], 5).state;
    s = list(s, [order(1, { status: 'completed', updated_at: at(50) }), order(3)], 10).state;
    const stale = list(s, [order(1), order(2)], 5);
    expect(stale.added).toEqual([]);
    expect(statusOf(stale.state, 1)).toBe('completed');
    expect(ids(stale.state)).toEqual([1, 3]);
    expect(stale.state.baseline).toBe(10);
  });

  it('a newer fetch replaces older data and drops orders it no longer lists', () => {
    let s = list(emptyBoard, [order(1), order(2)], 5).state;
    s = event(s, order(1, { status: 'preparing' }), 6).state;
    s = list(s, [order(1, { status: 'completed', updated_at: at(50) })], 9).state;
    expect(ids(s)).toEqual([1]);
    expect(statusOf(s, 1)).toBe('completed');
    expect(s.entries.get(1)?.version).toBe(9);
  });
});

describe('deleted orders and ended sessions stay gone', () => {
  it('removes a deleted order, and neither a stale fetch nor a replayed event brings it back', () => {
    let s = list(emptyBoard, [order(1), order(2)], 10).state;
    s = applyOrderDeleted(s, 1, 12);
    expect(ids(s)).toEqual([2]);

    const stale = list(s, [order(1), order(2)], 11);
    expect(ids(stale.state)).toEqual([2]);
    expect(stale.added).toEqual([]);

    const atDelete = list(s, [order(1), order(2)], 12);
    expect(ids(atDelete.state)).toEqual([2]);

    for (const id of [11, 12]) {
      const replay = event(stale.state, order(1, { status: 'preparing' }), id);
      expect(replay.added).toEqual([]);
      expect(ids(replay.state)).toEqual([2]);
    }
  });

  it('a deletion that arrives before the order was ever seen still keeps it out', () => {
    let s = applyOrderDeleted(emptyBoard, 1, 8);
    s = list(s, [order(1), order(2)], 7).state;
    expect(ids(s)).toEqual([2]);
    s = event(s, order(1), 6).state;
    expect(ids(s)).toEqual([2]);
  });

  it('removes the orders of an ended session; stale fetches and replayed events do not revive them', () => {
    const other = { table_id: 2, table_number: 2, session_id: 200 };
    let s = list(emptyBoard, [order(1), order(2), order(3, other)], 10).state;
    s = applySessionEnded(s, 1, 100, 15);
    expect(ids(s)).toEqual([3]);

    const stale = list(s, [order(1), order(2, { status: 'completed' }), order(3, other)], 14);
    expect(ids(stale.state)).toEqual([3]);
    expect(stale.added).toEqual([]);

    s = stale.state;
    for (const [o, id] of [
      [order(1, { status: 'preparing' }), 13],
      [order(2, { status: 'completed' }), 15],
      [order(4), 12],
    ] as const) {
      const r = event(s, o, id);
      expect(r.added).toEqual([]);
      expect(r.state).toBe(s);
    }
    expect(ids(s)).toEqual([3]);
  });

  it('orders of a new session at the same table after the end are kept', () => {
    let s = list(emptyBoard, [order(1)], 10).state;
    s = applySessionEnded(s, 1, 100, 11);
    const r = event(s, order(2, { session_id: 101 }), 12);
    expect(r.added.map((o) => o.id)).toEqual([2]);
    s = list(r.state, [order(2, { session_id: 101 })], 12).state;
    expect(ids(s)).toEqual([2]);
  });

  it('a stale fetch does not revive an order a newer fetch had already dropped', () => {
    // The deletion event was missed (resync): the newer fetch is the only sign it is gone.
    let s = list(emptyBoard, [order(1), order(2)], 10).state;
    s = list(s, [order(2)], 14).state;
    expect(ids(s)).toEqual([2]);
    const stale = list(s, [order(1), order(2)], 12);
    expect(ids(stale.state)).toEqual([2]);
    expect(stale.added).toEqual([]);
  });
});

describe('alerts and the "new" highlight', () => {
  it('the first load alerts nothing and highlights nothing', () => {
    const r = list(emptyBoard, [order(1), order(2, { status: 'preparing' })], 10);
    expect(r.added).toEqual([]);
    expect([...r.state.entries.values()].map((e) => e.arrivedAt)).toEqual([null, null]);
    expect(r.state.baseline).toBe(10);
  });

  it('a later fetch alerts only new pending orders', () => {
    const s = list(emptyBoard, [order(1)], 10).state;
    const r = list(s, [order(1), order(2), order(3, { status: 'preparing' })], 12, NOW + 5);
    expect(r.added.map((o) => o.id)).toEqual([2]);
    expect(r.state.entries.get(1)?.arrivedAt).toBeNull();
    expect(r.state.entries.get(2)?.arrivedAt).toBe(NOW + 5);
    expect(r.state.entries.get(3)?.arrivedAt).toBe(NOW + 5);
  });

  it('an event alerts a new pending order once, keeps its arrival time on updates', () => {
    let s = list(emptyBoard, [], 10).state;
    const created = event(s, order(1), 11, NOW + 1);
    expect(created.added.map((o) => o.id)).toEqual([1]);
    s = created.state;
    const updated = event(s, order(1, { status: 'preparing' }), 12, NOW + 9);
    expect(updated.added).toEqual([]);
    expect(updated.state.entries.get(1)?.arrivedAt).toBe(NOW + 1);
    const notPending = event(s, order(2, { status: 'preparing' }), 13);
    expect(notPending.added).toEqual([]);
    expect(ids(notPending.state)).toEqual([1, 2]);
  });
});

describe('columns', () => {
  it('moves a ticket between pending, preparing and completed as its status changes', () => {
    let s = list(emptyBoard, [order(1), order(2)], 10).state;
    expect(colIds(s)).toEqual({ pending: [1, 2], preparing: [], completed: [] });

    s = event(s, order(1, { status: 'preparing', updated_at: at(30) }), 11).state;
    expect(colIds(s)).toEqual({ pending: [2], preparing: [1], completed: [] });

    s = event(s, order(1, { status: 'completed', updated_at: at(31) }), 12).state;
    expect(colIds(s)).toEqual({ pending: [2], preparing: [], completed: [1] });

    // One step back (recall).
    s = event(s, order(1, { status: 'preparing', updated_at: at(32) }), 13).state;
    expect(colIds(s)).toEqual({ pending: [2], preparing: [1], completed: [] });

    s = event(s, order(1, { status: 'pending', updated_at: at(33) }), 14).state;
    expect(colIds(s)).toEqual({ pending: [1, 2], preparing: [], completed: [] });
  });

  it('sorts pending and preparing oldest first, by created_at then id', () => {
    const s = list(
      emptyBoard,
      [
        order(5, { created_at: at(3) }),
        order(3, { created_at: at(1) }),
        order(4, { created_at: at(1) }),
        order(2, { created_at: at(2), status: 'preparing' }),
        order(1, { created_at: at(4), status: 'preparing' }),
        order(6, { created_at: at(0), status: 'preparing' }),
      ],
      10,
    ).state;
    expect(colIds(s)).toEqual({ pending: [3, 4, 5], preparing: [6, 2, 1], completed: [] });
  });

  it('keeps an order placed by event in its place by age, not by arrival', () => {
    let s = list(emptyBoard, [order(2), order(4)], 10).state;
    s = event(s, order(3), 11).state;
    s = event(s, order(1), 12).state;
    expect(colIds(s).pending).toEqual([1, 2, 3, 4]);
  });

  it('recall keeps only the five most recently completed, newest first', () => {
    const done = [1, 2, 3, 4, 5, 6, 7].map((id) =>
      order(id, { status: 'completed', updated_at: at(20 + ((id * 3) % 7)) }),
    );
    const s = list(emptyBoard, done, 10).state;
    const byUpdate = [...done].sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1)).map((o) => o.id);
    expect(colIds(s).completed).toEqual(byUpdate.slice(0, 5));
    expect(colIds(s, noOverrides, 2).completed).toEqual(byUpdate.slice(0, 2));
    expect(colIds(s, noOverrides, 10).completed).toEqual(byUpdate);
  });

  it('a newly completed ticket pushes the oldest completed out of the recall list', () => {
    const done = [1, 2, 3, 4, 5].map((id) => order(id, { status: 'completed', updated_at: at(20 + id) }));
    let s = list(emptyBoard, [...done, order(6, { status: 'preparing' })], 10).state;
    expect(colIds(s).completed).toEqual([5, 4, 3, 2, 1]);
    s = event(s, order(6, { status: 'completed', updated_at: at(40) }), 11).state;
    expect(colIds(s)).toEqual({ pending: [], preparing: [], completed: [6, 5, 4, 3, 2] });
    // Still on the board, just not shown.
    expect(s.entries.has(1)).toBe(true);
  });

  it('shows optimistic statuses, a bumped ticket first in recall', () => {
    const s = list(
      emptyBoard,
      [
        order(1),
        order(2, { status: 'preparing' }),
        order(3, { status: 'completed', updated_at: at(50) }),
        order(4, { status: 'completed', updated_at: at(51) }),
      ],
      10,
    ).state;
    const overrides = new Map<number, OrderStatus>([
      [1, 'preparing'],
      [2, 'completed'],
    ]);
    expect(colIds(s, overrides)).toEqual({ pending: [], preparing: [1], completed: [2, 4, 3] });
    const c = columns(s, overrides);
    expect(c.preparing[0]?.order.status).toBe('preparing');
    // The board itself is untouched.
    expect(statusOf(s, 1)).toBe('pending');
    // An override equal to the real status changes nothing.
    const same = columns(s, new Map<number, OrderStatus>([[3, 'completed']]));
    expect(same.completed.map((e) => e.order.id)).toEqual([4, 3]);
    expect(same.completed[1]).toBe(s.entries.get(3));
  });
});

describe('applyOwnUpdate (the answer to our own status change)', () => {
  it('applies an answer at least as new, keeping the entry version', () => {
    const s = list(emptyBoard, [order(1)], 10).state;
    const answer = order(1, { status: 'preparing', updated_at: at(30) });
    const next = applyOwnUpdate(s, answer);
    expect(statusOf(next, 1)).toBe('preparing');
    expect(next.entries.get(1)?.version).toBe(10);
    // Its own SSE event follows and is still applied.
    const r = event(next, answer, 11);
    expect(r.state.entries.get(1)?.version).toBe(11);
  });

  it('ignores an answer older than what the board shows, and orders not on the board', () => {
    let s = list(emptyBoard, [order(1)], 10).state;
    s = event(s, order(1, { status: 'completed', updated_at: at(40) }), 12).state;
    expect(applyOwnUpdate(s, order(1, { status: 'preparing', updated_at: at(30) }))).toBe(s);
    s = applyOrderDeleted(s, 1, 13);
    expect(applyOwnUpdate(s, order(1, { status: 'completed', updated_at: at(41) }))).toBe(s);
    expect(ids(s)).toEqual([]);
  });
});

describe('BoardStore', () => {
  it('merges lists and events, notifies listeners, and tracks optimistic changes', () => {
    const store = new BoardStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    expect(store.list([order(1)], 10)).toEqual([]);
    expect(store.order(order(2), 11).map((o) => o.id)).toEqual([2]);
    expect(calls).toBe(2);
    // A replay changes nothing and notifies nobody.
    expect(store.order(order(2), 11)).toEqual([]);
    expect(calls).toBe(2);

    store.startChange(1, 'preparing');
    expect(store.getSnapshot().overrides.get(1)).toBe('preparing');
    store.endChange(1, order(1, { status: 'preparing', updated_at: at(30) }));
    expect(store.getSnapshot().overrides.size).toBe(0);
    expect(statusOf(store.getSnapshot().board, 1)).toBe('preparing');

    store.startChange(2, 'preparing');
    store.endChange(2, null);
    expect(statusOf(store.getSnapshot().board, 2)).toBe('pending');

    store.deleted(1, 12);
    store.sessionEnded(1, 100, 13);
    expect(store.has(1)).toBe(false);
    expect(store.has(2)).toBe(false);
    unsubscribe();
    store.list([], 14);
    expect(calls).toBe(8);
  });
});

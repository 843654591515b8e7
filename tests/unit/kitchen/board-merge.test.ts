/**
 * Kitchen board merge: one ticket per order, newer data wins, and deletions stay gone, whatever
 * order fetches and events arrive in.
 */
import { describe, expect, it } from 'vitest';
import {
  applyOrderDeleted,
  applySessionEnded,
  columns,
  emptyBoard,
} from '../../../src-renderer/kitchen/state/board-state';
import { NOW, noOverrides, at, order, list, event, ids, statusOf } from './board-fixtures';

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

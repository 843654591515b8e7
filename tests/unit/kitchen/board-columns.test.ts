/**
 * Kitchen board: alerts and the "new" highlight, columns and recall, the answer to our own
 * status changes, and the store that holds it all.
 */
import { describe, expect, it } from 'vitest';
import {
  applyOrderDeleted,
  applyOwnUpdate,
  columns,
  emptyBoard,
} from '../../../src-renderer/kitchen/state/board-state';
import { BoardStore } from '../../../src-renderer/kitchen/state/board-store';
import type { OrderStatus } from '../../../src-shared/order-status';
import { NOW, noOverrides, at, order, list, event, ids, statusOf, colIds } from './board-fixtures';

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
  it('keeps arrival order (ids) when the server clock jumped back between two orders', () => {
    // Order 2 arrived after order 1, but the clock had been set back an hour in between.
    const s = list(emptyBoard, [order(2, { created_at: at(0) }), order(1, { created_at: at(59) })], 10).state;
    expect(colIds(s).pending).toEqual([1, 2]);
  });

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

  it('sorts pending and preparing oldest first, by id (arrival order), not by created_at', () => {
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
    expect(colIds(s)).toEqual({ pending: [3, 4, 5], preparing: [1, 2, 6], completed: [] });
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

/**
 * Status changes from this screen: a whole order (the expo board), some lines of an order (a
 * station board, a tapped line), and the recall of the last change. Each shows at once
 * (optimistic), is rolled back with a message if the server refuses, and is then merged with
 * the server's answer; the SSE event that follows keeps every other screen in step.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../../common/api';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order, OrderItem } from '../../../src-shared/types';
import type { BoardStore } from './board-store';
import { stepsBetween } from './board-view';

export interface BumpFailure {
  id: number;
  order: Order;
  error: ApiError;
}

/** What a change replaced, so that the recall key can put it back. */
type Undo =
  | { kind: 'order'; orderId: number; from: OrderStatus }
  | { kind: 'lines'; orderId: number; lines: { id: number; from: OrderStatus }[] };

const UNDO_DEPTH = 20;

export function useBumps(api: ApiClient, store: BoardStore, refetch: () => void) {
  const [failures, setFailures] = useState<BumpFailure[]>([]);
  const inFlight = useRef(new Set<string>());
  const undo = useRef<Undo[]>([]);
  // Recalls run one after another: a second key press must wait for the first to land, not be
  // dropped because that order is still being saved.
  const recalls = useRef<Promise<unknown>>(Promise.resolve());
  // Bump-bar presses run one after another: Enter then Space on a ticket starts and then finishes
  // it, even when the first change is still being saved (a tap on a busy ticket is still ignored).
  const keyBumps = useRef<Promise<unknown>>(Promise.resolve());

  const fail = useCallback(
    (order: Order, e: unknown) => {
      const error = e instanceof ApiError ? e : new ApiError(String(e), 0, 'NETWORK_ERROR');
      if (error.status === 401) return;
      setFailures((f) => [...f.slice(-3), { id: Date.now() + Math.random(), order, error }]);
      // What we showed was wrong somewhere: read the truth again.
      refetch();
    },
    [refetch],
  );

  const changeOrder = useCallback(
    async (order: Order, to: OrderStatus, remember = true): Promise<void> => {
      const key = `o${order.id}`;
      if (inFlight.current.has(key) || order.status === to) return;
      inFlight.current.add(key);
      store.startChange(order.id, to);
      try {
        let answer: Order | null = null;
        for (const step of stepsBetween(order.status, to)) {
          answer = await api.put<Order>(`/api/admin/orders/${order.id}/status`, { status: step });
        }
        store.endChange(order.id, answer);
        if (remember)
          undo.current = [
            ...undo.current,
            { kind: 'order' as const, orderId: order.id, from: order.status },
          ].slice(-UNDO_DEPTH);
      } catch (e) {
        store.endChange(order.id, null);
        fail(order, e);
      } finally {
        inFlight.current.delete(key);
      }
    },
    [api, store, fail],
  );

  const changeLine = useCallback(
    async (order: Order, line: OrderItem, to: OrderStatus): Promise<boolean> => {
      const key = `l${line.id}`;
      if (inFlight.current.has(key) || inFlight.current.has(`o${order.id}`)) return false;
      inFlight.current.add(key);
      store.startLineChange(line.id, to);
      try {
        let answer: Order | null = null;
        for (const step of stepsBetween(line.status, to)) {
          answer = await api.put<Order>(`/api/admin/orders/${order.id}/items/${line.id}/status`, {
            status: step,
          });
        }
        store.endLineChange(line.id, answer);
        return true;
      } catch (e) {
        store.endLineChange(line.id, null);
        fail(order, e);
        return false;
      } finally {
        inFlight.current.delete(key);
      }
    },
    [api, store, fail],
  );

  /** Moves the given lines of an order to `to` (one request per line; lines run side by side). */
  const changeLines = useCallback(
    async (order: Order, lines: readonly OrderItem[], to: OrderStatus, remember = true) => {
      const moving = lines.filter((l) => l.status !== to);
      if (!moving.length) return;
      const done = await Promise.all(moving.map((l) => changeLine(order, l, to)));
      const changed = moving.filter((_, i) => done[i]).map((l) => ({ id: l.id, from: l.status }));
      if (remember && changed.length)
        undo.current = [...undo.current, { kind: 'lines' as const, orderId: order.id, lines: changed }].slice(
          -UNDO_DEPTH,
        );
    },
    [changeLine],
  );

  /** Resolves once no change of this order (or of its lines) is being saved. */
  const settled = useCallback(async (order: Order) => {
    const busy = () =>
      inFlight.current.has(`o${order.id}`) || order.items.some((i) => inFlight.current.has(`l${i.id}`));
    while (busy()) await new Promise((r) => setTimeout(r, 25));
  }, []);

  const recallOnce = useCallback(async (): Promise<boolean> => {
    while (undo.current.length) {
      const last = undo.current[undo.current.length - 1]!;
      undo.current = undo.current.slice(0, -1);
      const before = store.getSnapshot().board.entries.get(last.orderId)?.order;
      if (!before) continue; // deleted or its session ended since: nothing to put back
      await settled(before);
      const order = store.getSnapshot().board.entries.get(last.orderId)?.order;
      if (!order) continue;
      if (last.kind === 'order') {
        await changeOrder(order, last.from, false);
      } else {
        await Promise.all(
          last.lines.map(({ id, from }) => {
            const line = order.items.find((i) => i.id === id);
            return line ? changeLine(order, line, from) : false;
          }),
        );
      }
      return true;
    }
    return false;
  }, [store, settled, changeOrder, changeLine]);

  /**
   * Puts back the last change made on this screen; false when there is none left to undo. It
   * first lets every change already asked for (queued key bumps, saves on the wire) finish and
   * take its place on the undo list: R right after Space undoes that Space, even while its answer
   * is still on the way, instead of the change before it.
   */
  const recallLast = useCallback((): Promise<boolean> => {
    const run = recalls.current
      .then(() => keyBumps.current)
      .then(async () => {
        while (inFlight.current.size) await new Promise((r) => setTimeout(r, 25));
      })
      .then(recallOnce);
    recalls.current = run.catch(() => undefined);
    return run;
  }, [recallOnce]);

  const dismissFailure = useCallback((id: number) => setFailures((f) => f.filter((x) => x.id !== id)), []);

  /** Runs `bump` once this order's earlier changes from this screen have been saved. */
  const afterSaves = useCallback(
    (order: Order, bump: () => void) => {
      const run = keyBumps.current.then(async () => {
        await settled(order);
        bump();
      });
      keyBumps.current = run.catch(() => undefined);
    },
    [settled],
  );

  return { changeOrder, changeLines, recallLast, afterSaves, failures, dismissFailure };
}

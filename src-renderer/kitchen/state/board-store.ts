/** A tiny external store around board-state, plus the optimistic statuses of taps in flight. */
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';
import {
  applyList,
  applyOrder,
  applyOrderDeleted,
  applyOwnUpdate,
  applySessionEnded,
  emptyBoard,
  type BoardState,
} from './board-state';

export interface BoardSnapshot {
  board: BoardState;
  /** Optimistic statuses of orders whose status change is on its way to the server. */
  overrides: ReadonlyMap<number, OrderStatus>;
  /** Optimistic statuses of single lines (by line id) on their way to the server. */
  lineOverrides: ReadonlyMap<number, OrderStatus>;
}

export class BoardStore {
  private snapshot: BoardSnapshot = { board: emptyBoard, overrides: new Map(), lineOverrides: new Map() };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(next: Partial<BoardSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    this.listeners.forEach((l) => l());
  }

  /** Returns the orders new to the board (for the alert). */
  list(orders: readonly Order[], lastEventId: number): Order[] {
    const r = applyList(this.snapshot.board, orders, lastEventId, Date.now());
    this.set({ board: r.state });
    return r.added;
  }

  order(order: Order, eventId: number): Order[] {
    const r = applyOrder(this.snapshot.board, order, eventId, Date.now());
    if (r.state !== this.snapshot.board) this.set({ board: r.state });
    return r.added;
  }

  deleted(orderId: number, eventId: number) {
    this.set({ board: applyOrderDeleted(this.snapshot.board, orderId, eventId) });
  }

  sessionEnded(tableId: number, sessionId: number, eventId: number) {
    this.set({ board: applySessionEnded(this.snapshot.board, tableId, sessionId, eventId) });
  }

  startChange(orderId: number, status: OrderStatus) {
    this.set({ overrides: new Map(this.snapshot.overrides).set(orderId, status) });
  }

  /** Ends an optimistic change: with the server's answer on success, as a rollback without. */
  endChange(orderId: number, answer: Order | null) {
    const overrides = new Map(this.snapshot.overrides);
    overrides.delete(orderId);
    const board = answer ? applyOwnUpdate(this.snapshot.board, answer) : this.snapshot.board;
    this.set({ overrides, board });
  }

  startLineChange(itemId: number, status: OrderStatus) {
    this.set({ lineOverrides: new Map(this.snapshot.lineOverrides).set(itemId, status) });
  }

  /** Ends a line's optimistic change: the answer is the whole order (API-2 K6). */
  endLineChange(itemId: number, answer: Order | null) {
    const lineOverrides = new Map(this.snapshot.lineOverrides);
    lineOverrides.delete(itemId);
    const board = answer ? applyOwnUpdate(this.snapshot.board, answer) : this.snapshot.board;
    this.set({ lineOverrides, board });
  }

  has(orderId: number): boolean {
    return this.snapshot.board.entries.has(orderId);
  }
}

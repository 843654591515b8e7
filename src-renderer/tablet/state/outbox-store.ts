/**
 * Orders on their way to the store (T4, offline-first). An order enters the outbox, kept in
 * localStorage, before the first attempt, with its client_order_id fixed once; it leaves only
 * when the server has answered (201/200: delivered, 4xx: refused). Retries reuse the same id,
 * so the server's idempotency makes delivery exactly once however often we retry.
 */
import { ApiError } from '../../common/api';
import type { Order, TableOrders } from '../../../src-shared/types';
import { api, authed } from './api';
import { getAuth } from './auth-store';
import type { CartLine } from './cart-store';
import { ORDERS_KEY, queryClient } from './queries';
import { newUuid, persistedStore } from './storage';

export interface PendingOrder {
  client_order_id: string;
  lines: CartLine[];
  total: number;
  queued_at: string;
  /**
   * The table session this tablet showed when the guest ordered (null: none yet). The server
   * refuses the order (409 SESSION_ENDED) if that session has ended by the time it arrives, so a
   * late order never lands on the next guest's bill. Absent: unknown (orders not loaded yet,
   * or queued by an older version) — sent without it.
   */
  session_id?: number | null;
}

export type SendResult =
  { kind: 'delivered'; order: Order } | { kind: 'refused'; error: ApiError } | { kind: 'queued' };

export type OutboxEvent =
  | { type: 'delivered'; pending: PendingOrder; order: Order; foreground: boolean }
  | { type: 'refused'; pending: PendingOrder; error: ApiError; foreground: boolean };

const outbox = persistedStore<PendingOrder[]>('outbox', []);
const sending = new Set<string>();
const listeners = new Set<(e: OutboxEvent) => void>();
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;
let retryMs = FIRST_RETRY_MS;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

export function useOutbox(): PendingOrder[] {
  return outbox.use();
}

export function onOutboxEvent(listener: (e: OutboxEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function clearOutbox(): void {
  outbox.set([]);
}

/** A refusal the guest must act on; anything else (network, 5xx, 401, 429) is retried. */
export function isRefusal(e: unknown): e is ApiError {
  return e instanceof ApiError && [400, 403, 404, 409, 413, 415].includes(e.status);
}

function drop(id: string) {
  outbox.set(outbox.get().filter((p) => p.client_order_id !== id));
}

async function send(pending: PendingOrder, foreground: boolean): Promise<SendResult> {
  const id = pending.client_order_id;
  if (sending.has(id)) return { kind: 'queued' };
  sending.add(id);
  try {
    // Options and the request only when there are some: a server of the first wave refuses fields it does not know.
    const items = pending.lines.map((l) => ({
      menu_id: l.menu_id,
      quantity: l.quantity,
      ...(l.options?.length ? { option_ids: l.options.map((o) => o.id) } : {}),
      ...(l.note ? { note: l.note } : {}),
    }));
    const body = { client_order_id: id, items, session_id: pending.session_id };
    const order = await authed(() => api.post<Order>('/api/orders', body));
    drop(id);
    if (pending.session_id === null) adoptSession(order.session_id);
    retryMs = FIRST_RETRY_MS;
    listeners.forEach((l) => l({ type: 'delivered', pending, order, foreground }));
    return { kind: 'delivered', order };
  } catch (e) {
    if (isRefusal(e)) {
      drop(id);
      listeners.forEach((l) => l({ type: 'refused', pending, error: e, foreground }));
      return { kind: 'refused', error: e };
    }
    scheduleRetry();
    return { kind: 'queued' };
  } finally {
    sending.delete(id);
  }
}

/**
 * Orders queued before any session (null) were made by the guest whose first order has just
 * started one: they belong to it, not to "no session" (which the server would now refuse).
 */
function adoptSession(sessionId: number) {
  outbox.set(outbox.get().map((p) => (p.session_id === null ? { ...p, session_id: sessionId } : p)));
}

/** Places an order: into the outbox first, then one attempt now. */
export function submitOrder(lines: CartLine[]): Promise<SendResult> {
  const pending: PendingOrder = {
    client_order_id: newUuid(),
    lines,
    total: lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
    queued_at: new Date().toISOString(),
    session_id: queryClient.getQueryData<TableOrders>(ORDERS_KEY)?.session_id,
  };
  outbox.set([...outbox.get(), pending]);
  return send(pending, true);
}

/**
 * Other outboxes on the same delivery schedule (staff calls, T9): flushed after the orders on
 * every retry tick, `online` and SSE reconnect, and retried with the same backoff.
 */
export interface ExtraOutbox {
  flush: () => Promise<'sent' | 'queued'>;
  hasWaiting: () => boolean;
}
const extras = new Set<ExtraOutbox>();

export function registerOutbox(extra: ExtraOutbox): void {
  extras.add(extra);
  if (extra.hasWaiting()) scheduleRetry();
}

export function scheduleRetry() {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flushOutbox();
  }, retryMs);
  retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
}

/** Sends every waiting order, oldest first. Called on a timer, on `online` and on SSE reconnect. */
export async function flushOutbox(): Promise<void> {
  if (retryTimer) {
    clearTimeout(retryTimer);
    retryTimer = null;
  }
  if (getAuth().status !== 'ready') return;
  for (const pending of outbox.get()) {
    const result = await send(pending, false);
    if (result.kind === 'queued') return; // still unreachable: keep the order, try again later
  }
  for (const extra of extras) {
    if ((await extra.flush()) === 'queued') return;
  }
}

/** Starts background delivery for orders left from before a reload. */
export function startOutbox(): () => void {
  const now = () => {
    retryMs = FIRST_RETRY_MS;
    void flushOutbox();
  };
  window.addEventListener('online', now);
  if (outbox.get().length) now();
  return () => window.removeEventListener('online', now);
}

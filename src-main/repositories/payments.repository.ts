/** Payments against a seating (A12). */
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';
import type { Payment, PaymentMethod } from '../../src-shared/types';

const columns = [
  'id',
  'session_id',
  'client_payment_id',
  'method',
  'amount',
  'note',
  'created_at',
  'voided_at',
  'staff_id',
] as const;

export function toPayment(r: {
  id: number;
  method: PaymentMethod;
  amount: number;
  note: string | null;
  created_at: string;
  voided_at: string | null;
  staff_id: number | null;
}): Payment {
  return {
    id: r.id,
    method: r.method,
    amount: r.amount,
    note: r.note,
    created_at: r.created_at,
    voided_at: r.voided_at,
    staff_id: r.staff_id,
  };
}

/** The payments of several seatings (history pages), in the order taken. */
export function paymentsOfSessions(db: Sqlite, sessionIds: number[]) {
  if (!sessionIds.length) return [];
  return all(
    db,
    qb.selectFrom('payments').select(columns).where('session_id', 'in', sessionIds).orderBy('id'),
  );
}

export function listSessionPayments(db: Sqlite, sessionId: number) {
  return all(db, qb.selectFrom('payments').select(columns).where('session_id', '=', sessionId).orderBy('id'));
}

/** Sum of a seating's payments that are not voided. */
export function paidOfSession(db: Sqlite, sessionId: number): number {
  const row = prepare(
    db,
    'SELECT COALESCE(SUM(amount), 0) AS paid FROM payments WHERE session_id = ? AND voided_at IS NULL',
  ).get(sessionId) as { paid: number };
  return row.paid;
}

export function findPaymentByClientId(db: Sqlite, storeId: number, clientPaymentId: string) {
  return first(
    db,
    qb
      .selectFrom('payments')
      .select(columns)
      .where('store_id', '=', storeId)
      .where('client_payment_id', '=', clientPaymentId),
  );
}

export function getPayment(db: Sqlite, storeId: number, id: number) {
  return first(
    db,
    qb.selectFrom('payments').select(columns).where('store_id', '=', storeId).where('id', '=', id),
  );
}

export function insertPayment(
  db: Sqlite,
  p: {
    store_id: number;
    session_id: number;
    client_payment_id: string;
    method: PaymentMethod;
    amount: number;
    note: string | null;
    staff_id: number;
    created_at: string;
  },
): number {
  return run(db, qb.insertInto('payments').values(p)).lastInsertRowid;
}

export function voidPayment(db: Sqlite, id: number, reason: string, now: string): void {
  run(db, qb.updateTable('payments').set({ voided_at: now, void_reason: reason }).where('id', '=', id));
}

export function moveSessionPayments(db: Sqlite, fromSession: number, toSession: number): void {
  run(db, qb.updateTable('payments').set({ session_id: toSession }).where('session_id', '=', fromSession));
}

/** Payments of a store's business day that are not voided, summed by method. */
export function paymentsByMethod(db: Sqlite, storeId: number, fromIso: string, toIso: string) {
  return all(
    db,
    qb
      .selectFrom('payments')
      .select((eb) => [
        'method',
        eb.fn.sum<number>('amount').as('amount'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where('store_id', '=', storeId)
      .where('voided_at', 'is', null)
      .where('created_at', '>=', fromIso)
      .where('created_at', '<', toIso)
      .groupBy('method')
      .orderBy('method'),
  );
}

/**
 * Payments (A12): money recorded against a table's active seating — never more than is due,
 * idempotent by `client_payment_id` (a double click or a retry records once), voided with a
 * reason rather than deleted. Each change is one transaction with its audit entry and its
 * `bill.updated` event.
 */
import type { Tx } from '../db/writer';
import type { CreatePaymentInput } from '../../src-shared/schemas';
import type { Payment } from '../../src-shared/types';
import { ConflictError, NotFoundError } from '../errors/app-error';
import type { ServiceContext, StaffPrincipal } from './context';
import { sessionMoney } from './bill.service';
import * as paymentsRepo from '../repositories/payments.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';
import * as auditRepo from '../repositories/audit.repository';

export function audit(
  tx: Tx,
  staff: StaffPrincipal,
  entry: { action: string; entity: string; entity_id: number | null; detail: unknown },
): void {
  auditRepo.insertAudit(tx.db, {
    store_id: staff.storeId,
    staff_id: staff.staffId,
    staff_username: staff.username,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entity_id,
    detail: JSON.stringify(entry.detail),
    created_at: tx.now,
  });
}

export interface RecordPaymentResult {
  payment: Payment;
  created: boolean;
}

export function recordPayment(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  tableId: number,
  input: CreatePaymentInput,
): Promise<RecordPaymentResult> {
  const storeId = staff.storeId;
  return ctx.writer.write((tx): RecordPaymentResult => {
    const existing = paymentsRepo.findPaymentByClientId(tx.db, storeId, input.client_payment_id);
    if (existing) {
      const same =
        existing.method === input.method &&
        existing.amount === input.amount &&
        existing.note === (input.note || null);
      if (!same) throw new ConflictError('This client_payment_id was already used for another payment');
      return { payment: paymentsRepo.toPayment(existing), created: false };
    }
    const table = tablesRepo.getTable(tx.db, storeId, tableId);
    if (!table) throw new NotFoundError(`Table ${tableId} not found`);
    const session = sessionsRepo.findActiveSession(tx.db, tableId);
    if (!session) throw new ConflictError(`Table ${table.table_number} has no active session`);
    const { due } = sessionMoney(tx.db, session.id);
    if (input.amount > due) {
      throw new ConflictError(
        due > 0
          ? `Only ${due.toLocaleString('ko-KR')}원 is due at table ${table.table_number}`
          : `Nothing is due at table ${table.table_number}`,
      );
    }
    const id = paymentsRepo.insertPayment(tx.db, {
      store_id: storeId,
      session_id: session.id,
      client_payment_id: input.client_payment_id,
      method: input.method,
      amount: input.amount,
      note: input.note || null,
      staff_id: staff.staffId,
      created_at: tx.now,
    });
    const payment = paymentsRepo.toPayment(paymentsRepo.getPayment(tx.db, storeId, id)!);
    audit(tx, staff, {
      action: 'payment.recorded',
      entity: 'payment',
      entity_id: id,
      detail: {
        table_number: table.table_number,
        session_id: session.id,
        method: input.method,
        amount: input.amount,
      },
    });
    tx.emit(storeId, 'bill.updated', { table_id: tableId, session_id: session.id }, tableId);
    return { payment, created: true };
  });
}

/** Voids a payment of a live seating; voiding it again changes nothing. */
export function voidPayment(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  id: number,
  reason: string,
): Promise<void> {
  const storeId = staff.storeId;
  return ctx.writer.write((tx) => {
    const payment = paymentsRepo.getPayment(tx.db, storeId, id);
    if (!payment) throw new NotFoundError(`Payment ${id} not found`);
    if (payment.voided_at) return;
    const session = sessionsRepo.getSession(tx.db, payment.session_id);
    if (!session || session.ended_at) {
      throw new ConflictError('This payment belongs to a visit that has ended; it can no longer be voided');
    }
    paymentsRepo.voidPayment(tx.db, id, reason, tx.now);
    const table = tablesRepo.getTable(tx.db, storeId, session.table_id);
    audit(tx, staff, {
      action: 'payment.voided',
      entity: 'payment',
      entity_id: id,
      detail: {
        table_number: table?.table_number ?? null,
        session_id: payment.session_id,
        method: payment.method,
        amount: payment.amount,
        reason,
      },
    });
    tx.emit(
      storeId,
      'bill.updated',
      { table_id: session.table_id, session_id: session.id },
      session.table_id,
    );
  });
}

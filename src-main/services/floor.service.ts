/**
 * Floor (A13): moving a seating to an empty table, merging one table's seating into another's,
 * and the guest count. Each is one transaction with its events and audit entry, so a crash
 * leaves the floor as it was before or after, never half moved. Orders keep their numbers;
 * calls and payments follow their seating. The table left behind gets `session.ended` with the
 * reason (its tablet returns to empty), and its guest phones are signed out with it.
 */
import type { Tx } from '../db/writer';
import type { MergeResult, MoveResult, SessionSummary } from '../../src-shared/types';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import type { ServiceContext, StaffPrincipal } from './context';
import { audit } from './checkout.service';
import { endGuestsInTx } from './guest-phones.service';
import * as ordersRepo from '../repositories/orders.repository';
import * as paymentsRepo from '../repositories/payments.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';

function tableOrThrow(tx: Tx, storeId: number, id: number, field?: string) {
  const table = tablesRepo.getTable(tx.db, storeId, id);
  if (table) return table;
  if (field)
    throw new ValidationError(`${field}: no such table`, [{ path: field, message: 'no such table' }]);
  throw new NotFoundError(`Table ${id} not found`);
}

/** `order.updated` for every order now in `sessionId` (their table changed). */
function emitMovedOrders(tx: Tx, storeId: number, sessionId: number, tableId: number): number {
  const orders = ordersRepo.withItems(tx.db, ordersRepo.listSessionOrders(tx.db, sessionId));
  for (const order of [...orders].reverse()) tx.emit(storeId, 'order.updated', { order }, tableId);
  return orders.length;
}

export async function moveSession(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  fromId: number,
  toId: number,
): Promise<MoveResult> {
  const storeId = staff.storeId;
  const result = await ctx.writer.write((tx): MoveResult => {
    const from = tableOrThrow(tx, storeId, fromId);
    const to = tableOrThrow(tx, storeId, toId, 'to_table_id');
    if (from.id === to.id) {
      throw new ValidationError('to_table_id: is this table', [
        { path: 'to_table_id', message: 'is this table' },
      ]);
    }
    const session = sessionsRepo.findActiveSession(tx.db, from.id);
    if (!session) throw new ConflictError(`Table ${from.table_number} has no active session to move`);
    if (sessionsRepo.findActiveSession(tx.db, to.id)) {
      throw new ConflictError(`Table ${to.table_number} is taken; merge the tables instead`);
    }
    sessionsRepo.moveSessionToTable(tx.db, session.id, to.id);
    endGuestsInTx(tx, from.id);
    tx.emit(
      storeId,
      'session.ended',
      { table_id: from.id, session_id: session.id, reason: 'moved' },
      from.id,
    );
    const moved = emitMovedOrders(tx, storeId, session.id, to.id);
    tx.emit(storeId, 'bill.updated', { table_id: to.id, session_id: session.id }, to.id);
    tx.emit(storeId, 'table.updated', { table_id: from.id }, from.id);
    tx.emit(storeId, 'table.updated', { table_id: to.id }, to.id);
    audit(tx, staff, {
      action: 'session.moved',
      entity: 'session',
      entity_id: session.id,
      detail: { from_table: from.table_number, to_table: to.table_number, orders: moved },
    });
    return { session_id: session.id, from_table_id: from.id, to_table_id: to.id };
  });
  ctx.presence.closeGuests(fromId);
  return result;
}

export async function mergeSession(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  fromId: number,
  intoId: number,
): Promise<MergeResult> {
  const storeId = staff.storeId;
  const result = await ctx.writer.write((tx): MergeResult => {
    const from = tableOrThrow(tx, storeId, fromId);
    const into = tableOrThrow(tx, storeId, intoId, 'into_table_id');
    if (from.id === into.id) {
      throw new ValidationError('into_table_id: is this table', [
        { path: 'into_table_id', message: 'is this table' },
      ]);
    }
    const source = sessionsRepo.findActiveSession(tx.db, from.id);
    if (!source) throw new ConflictError(`Table ${from.table_number} has no active session to merge`);
    const target = sessionsRepo.findActiveSession(tx.db, into.id);
    if (!target)
      throw new ConflictError(`Table ${into.table_number} has no active session; move the table instead`);
    const movedIds = new Set(ordersRepo.listSessionOrders(tx.db, source.id).map((o) => o.id));
    sessionsRepo.moveSessionContents(tx.db, source.id, target.id, into.id);
    paymentsRepo.moveSessionPayments(tx.db, source.id, target.id);
    if (source.guest_count !== null || target.guest_count !== null) {
      sessionsRepo.setGuestCount(
        tx.db,
        target.id,
        Math.min(99, (source.guest_count ?? 0) + (target.guest_count ?? 0)),
      );
    }
    sessionsRepo.markSessionEnded(tx.db, source.id, tx.now, {
      end_reason: 'merged',
      merged_into: target.id,
      unpaid_amount: 0,
    });
    endGuestsInTx(tx, from.id);
    tx.emit(
      storeId,
      'session.ended',
      { table_id: from.id, session_id: source.id, reason: 'merged' },
      from.id,
    );
    const orders = ordersRepo.withItems(tx.db, ordersRepo.listSessionOrders(tx.db, target.id));
    for (const order of orders.filter((o) => movedIds.has(o.id)).reverse()) {
      tx.emit(storeId, 'order.updated', { order }, into.id);
    }
    tx.emit(storeId, 'bill.updated', { table_id: into.id, session_id: target.id }, into.id);
    tx.emit(storeId, 'table.updated', { table_id: from.id }, from.id);
    tx.emit(storeId, 'table.updated', { table_id: into.id }, into.id);
    audit(tx, staff, {
      action: 'session.merged',
      entity: 'session',
      entity_id: source.id,
      detail: {
        from_table: from.table_number,
        into_table: into.table_number,
        into_session: target.id,
        orders: movedIds.size,
      },
    });
    return { session_id: target.id, merged_session_id: source.id, moved_orders: movedIds.size };
  });
  ctx.presence.closeGuests(fromId);
  return result;
}

export async function setGuestCount(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  tableId: number,
  guestCount: number,
): Promise<SessionSummary> {
  const storeId = staff.storeId;
  await ctx.writer.write((tx) => {
    const table = tableOrThrow(tx, storeId, tableId);
    const session = sessionsRepo.findActiveSession(tx.db, table.id);
    if (!session) throw new ConflictError(`Table ${table.table_number} has no active session`);
    sessionsRepo.setGuestCount(tx.db, session.id, guestCount);
    tx.emit(storeId, 'table.updated', { table_id: table.id }, table.id);
  });
  const s = sessionsRepo.activeSessionSummaries(ctx.db, storeId).find((x) => x.table_id === tableId)!;
  return {
    id: s.id,
    started_at: s.started_at,
    total_amount: Number(s.total_amount),
    order_count: Number(s.order_count),
    guest_count: s.guest_count,
  };
}

/** Ending a table's session (archive in one transaction) and reading the archive. */
import type { HistoryQueryInput } from '../../src-shared/schemas';
import type { HistoryPage, Payment, SessionEndResult } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { nextDate, startOfLocalDate } from '../../src-shared/dates';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import type { ServiceContext, StaffPrincipal } from './context';
import { sessionMoney } from './bill.service';
import { audit } from './checkout.service';
import { storeTimeZone } from './orders.service';
import * as ordersRepo from '../repositories/orders.repository';
import * as historyRepo from '../repositories/history.repository';
import * as paymentsRepo from '../repositories/payments.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';
import { closeSessionCallsInTx } from './staff-calls.service';
import { endGuestsInTx } from './guest-phones.service';

export async function endSession(
  ctx: ServiceContext,
  staff: StaffPrincipal,
  tableId: number,
): Promise<SessionEndResult> {
  const storeId = staff.storeId;
  const result = await ctx.writer.write((tx): SessionEndResult => {
    const table = tablesRepo.getTable(tx.db, storeId, tableId);
    if (!table) throw new NotFoundError(`Table ${tableId} not found`);
    const session = sessionsRepo.findActiveSession(tx.db, tableId);
    if (!session) throw new ConflictError(`Table ${table.table_number} has no active session`);
    const money = sessionMoney(tx.db, session.id);
    const unpaid = Math.max(0, money.due);
    const rows = ordersRepo.listSessionOrders(tx.db, session.id);
    const orders = ordersRepo.withItems(tx.db, rows);
    let total = 0;
    rows.forEach((row, i) => {
      const order = orders[i]!;
      total += order.total_amount;
      historyRepo.insertHistory(tx.db, {
        id: row.id,
        store_id: storeId,
        table_id: tableId,
        table_number: table.table_number,
        session_id: session.id,
        order_number: row.order_number,
        client_order_id: row.client_order_id,
        request_key: row.request_key,
        status: row.status,
        total_amount: row.total_amount,
        items_json: JSON.stringify(order.items),
        created_at: row.created_at,
        updated_at: row.updated_at,
        session_ended_at: tx.now,
      });
    });
    ordersRepo.deleteSessionOrders(tx.db, session.id);
    sessionsRepo.markSessionEnded(tx.db, session.id, tx.now, { unpaid_amount: unpaid });
    audit(tx, staff, {
      action: 'session.ended',
      entity: 'session',
      entity_id: session.id,
      detail: { table_number: table.table_number, total: money.total, paid: money.paid, unpaid },
    });
    closeSessionCallsInTx(tx, storeId, session.id);
    // The guests' phones leave with the guests: their logins and the table's QR invites end.
    endGuestsInTx(tx, tableId);
    tx.emit(storeId, 'session.ended', { table_id: tableId, session_id: session.id }, tableId);
    return {
      session_id: session.id,
      ended_at: tx.now,
      archived_orders: rows.length,
      total_amount: total,
      unpaid_amount: unpaid,
    };
  });
  // After session.ended went out on their streams.
  ctx.presence.closeGuests(tableId);
  return result;
}

function decodeCursor(cursor: string): { created_at: string; id: number } {
  try {
    const [created_at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      string,
      number,
    ];
    if (typeof created_at === 'string' && Number.isSafeInteger(id)) return { created_at, id };
  } catch {
    // fall through
  }
  throw new ValidationError('cursor: is not a cursor this server gave', [
    { path: 'cursor', message: 'is not a cursor this server gave' },
  ]);
}

function encodeCursor(created_at: string, id: number): string {
  return Buffer.from(JSON.stringify([created_at, id])).toString('base64url');
}

export function history(
  ctx: ServiceContext,
  storeId: number,
  query: HistoryQueryInput,
  tableId?: number,
): HistoryPage {
  if (tableId !== undefined && !tablesRepo.getTable(ctx.db, storeId, tableId)) {
    throw new NotFoundError(`Table ${tableId} not found`);
  }
  const tz = storeTimeZone(ctx, storeId);
  const limit = query.limit ?? LIMITS.historyPageDefault;
  const rows = historyRepo.pageHistory(ctx.db, {
    storeId,
    tableId,
    fromIso: query.from ? startOfLocalDate(query.from, tz).toISOString() : undefined,
    toIso: query.to ? startOfLocalDate(nextDate(query.to), tz).toISOString() : undefined,
    before: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const sessionIds = [...new Set(page.map((r) => r.session_id))];
  const unpaid = new Map(
    sessionsRepo.unpaidOfSessions(ctx.db, sessionIds).map((s) => [s.id, s.unpaid_amount]),
  );
  const payments = new Map<number, Payment[]>();
  for (const p of paymentsRepo.paymentsOfSessions(ctx.db, sessionIds)) {
    payments.set(p.session_id, [...(payments.get(p.session_id) ?? []), paymentsRepo.toPayment(p)]);
  }
  return {
    orders: page.map((row) => ({
      ...historyRepo.toHistoryOrder(row),
      session_unpaid_amount: unpaid.get(row.session_id) ?? null,
      session_payments: payments.get(row.session_id) ?? [],
    })),
    next_cursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

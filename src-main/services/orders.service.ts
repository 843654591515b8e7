/**
 * Orders: creation (idempotent by client_order_id, server-side prices, name/price snapshots,
 * session started by the first order), status changes, deletion with audit, and the reads
 * the tablet, dashboard and kitchen board use. Each write is one transaction with its event.
 */
import type { Tx } from '../db/writer';
import type { CreateOrderInput } from '../../src-shared/schemas';
import type { Dashboard, Order, TableOrders } from '../../src-shared/types';
import { addDishes } from '../../src-shared/dashboard-dishes';
import { canChangeStatus, type OrderStatus } from '../../src-shared/order-status';
import { compactDate, localDate } from '../../src-shared/dates';
import { LIMITS } from '../../src-shared/limits';
import {
  ConflictError,
  NotFoundError,
  OrderRejectedError,
  ServiceUnavailableError,
} from '../errors/app-error';
import type { ServiceContext, StaffPrincipal, TablePrincipal } from './context';
import * as ordersRepo from '../repositories/orders.repository';
import * as historyRepo from '../repositories/history.repository';
import * as menuRepo from '../repositories/menu.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';
import * as storesRepo from '../repositories/stores.repository';
import * as auditRepo from '../repositories/audit.repository';
import { lastEventId } from '../repositories/events.repository';
import { buildLine, requestKey } from './order-lines.service';
import { queueKitchenJobs } from './print-jobs.service';

export function storeTimeZone(ctx: ServiceContext, storeId: number): string {
  return storesRepo.getStore(ctx.db, storeId)?.time_zone ?? ctx.config.timeZone;
}

function loadOrder(tx: { db: Tx['db'] }, storeId: number, id: number): Order {
  const row = ordersRepo.getOrderRow(tx.db, storeId, id);
  if (!row) throw new NotFoundError(`Order ${id} not found`);
  return ordersRepo.withItems(tx.db, [row])[0]!;
}

/**
 * An order queued on a tablet (offline, retrying) carries the session the guest saw. If that
 * session has ended (이용 완료) — or the guest saw none and a newer one has started — the order
 * belongs to a guest who has left: refuse it rather than bill the next guest. `undefined` (an
 * older tablet that does not send the field) is not checked.
 */
function checkSessionSeen(seen: number | null | undefined, active: number | null): void {
  if (seen === undefined || seen === active) return;
  throw new OrderRejectedError(
    seen === null
      ? 'A new guest session started at this table after this order was made; it was not placed'
      : 'The table session this order was made in has ended; it was not placed',
    'SESSION_ENDED',
  );
}

export interface CreateOrderResult {
  order: Order;
  created: boolean;
}

export function createOrder(
  ctx: ServiceContext,
  principal: TablePrincipal,
  input: CreateOrderInput,
): Promise<CreateOrderResult> {
  const storeId = principal.storeId;
  const tableId = principal.tableId;
  const key = requestKey(tableId, input.items);
  const timeZone = storeTimeZone(ctx, storeId);
  return ctx.writer.write((tx): CreateOrderResult => {
    const existing = ordersRepo.findOrderByClientId(tx.db, storeId, input.client_order_id);
    if (existing) {
      if (existing.request_key !== key) {
        throw new ConflictError('This client_order_id was already used for a different order');
      }
      return { order: ordersRepo.withItems(tx.db, [existing])[0]!, created: false };
    }
    const archived = historyRepo.findHistoryByClientId(tx.db, storeId, input.client_order_id);
    if (archived) {
      if (archived.request_key !== key) {
        throw new ConflictError('This client_order_id was already used for a different order');
      }
      const { session_ended_at: _ended, ...order } = historyRepo.toHistoryOrder(archived);
      return { order, created: false };
    }
    const deleted = ordersRepo.findDeletedOrder(tx.db, storeId, input.client_order_id);
    if (deleted) {
      throw new OrderRejectedError(
        `This order (${deleted.order_number}) was deleted by the staff and was not placed again`,
        'ORDER_DELETED',
      );
    }

    const table = tablesRepo.getTable(tx.db, storeId, tableId);
    if (!table) throw new NotFoundError('This table no longer exists');
    const menus = menuRepo.menusForOrder(
      tx.db,
      storeId,
      input.items.map((i) => i.menu_id),
    );
    const lines = input.items.map((item, index) => buildLine(menus.get(item.menu_id), item, index));
    const total = lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0);

    const session = sessionsRepo.findActiveSession(tx.db, tableId);
    checkSessionSeen(input.session_id, session?.id ?? null);
    const sessionId =
      session?.id ??
      sessionsRepo.insertSession(tx.db, {
        store_id: storeId,
        table_id: tableId,
        now: tx.now,
        guest_count: input.guest_count,
      });
    // The tablet asks for the guest count on the first order; staff's count is never replaced.
    if (session && input.guest_count && session.guest_count === null) {
      sessionsRepo.setGuestCount(tx.db, session.id, input.guest_count);
    }
    const businessDate = localDate(new Date(tx.now), timeZone);
    const seq = ordersRepo.nextOrderSeq(tx.db, storeId, businessDate);
    try {
      ctx.orderNumbers.cover(storeId, businessDate, seq);
    } catch (error) {
      ctx.log.error('could not save the order number high-water mark:', error);
      throw new ServiceUnavailableError('The store server cannot save to its data folder');
    }
    const orderNumber = `ORD-${compactDate(businessDate)}-${String(seq).padStart(4, '0')}`;
    const id = ordersRepo.insertOrder(tx.db, {
      store_id: storeId,
      table_id: tableId,
      session_id: sessionId,
      order_number: orderNumber,
      client_order_id: input.client_order_id,
      request_key: key,
      status: 'pending',
      total_amount: total,
      created_at: tx.now,
      updated_at: tx.now,
    });
    const lineIds = ordersRepo.insertOrderItems(tx.db, id, lines);
    const order: Order = {
      id,
      order_number: orderNumber,
      table_id: tableId,
      table_number: table.table_number,
      session_id: sessionId,
      status: 'pending',
      total_amount: total,
      created_at: tx.now,
      updated_at: tx.now,
      items: lines.map((l, i) => ({
        id: lineIds[i]!,
        ...l,
        subtotal: l.unit_price * l.quantity,
        status: 'pending' as const,
      })),
    };
    queueKitchenJobs(tx, storeId, order, timeZone);
    tx.emit(storeId, 'order.created', { order }, tableId);
    return { order, created: true };
  });
}

/**
 * True when this client_order_id was already placed (live, archived or deleted): a resend of
 * it only replays the first answer, so the per-table order rate limit does not count it.
 */
export function isKnownClientOrder(ctx: ServiceContext, storeId: number, clientOrderId: string): boolean {
  return Boolean(
    ordersRepo.findOrderByClientId(ctx.db, storeId, clientOrderId) ??
    historyRepo.findHistoryByClientId(ctx.db, storeId, clientOrderId) ??
    ordersRepo.findDeletedOrder(ctx.db, storeId, clientOrderId),
  );
}

export function tableOrders(ctx: ServiceContext, storeId: number, tableId: number): TableOrders {
  const session = sessionsRepo.findActiveSession(ctx.db, tableId);
  if (!session || session.store_id !== storeId) return { session_id: null, orders: [] };
  return {
    session_id: session.id,
    orders: ordersRepo.withItems(
      ctx.db,
      ordersRepo.listSessionOrders(ctx.db, session.id, LIMITS.tableOrdersListMax),
    ),
  };
}

export function getOrder(ctx: ServiceContext, storeId: number, id: number): Order {
  return loadOrder(ctx, storeId, id);
}

export function listOrders(
  ctx: ServiceContext,
  storeId: number,
  statuses: readonly OrderStatus[],
  tableId?: number,
  stationId?: number,
) {
  const rows = ordersRepo.listActiveOrders(
    ctx.db,
    storeId,
    statuses,
    tableId,
    LIMITS.adminOrdersListMax,
    stationId,
  );
  return { orders: ordersRepo.withItems(ctx.db, rows), last_event_id: lastEventId(ctx.db) };
}

export function changeStatus(ctx: ServiceContext, storeId: number, id: number, status: OrderStatus) {
  return ctx.writer.write((tx) => {
    const order = loadOrder(tx, storeId, id);
    if (order.status === status) return order;
    if (!canChangeStatus(order.status, status)) {
      throw new ConflictError(`An order cannot go from ${order.status} to ${status}`);
    }
    // Every line follows (API-2: the order's status sets every line).
    ordersRepo.updateOrderStatus(tx.db, id, status, tx.now);
    const updated: Order = {
      ...order,
      status,
      updated_at: tx.now,
      items: order.items.map((i) => ({ ...i, status })),
    };
    tx.emit(storeId, 'order.updated', { order: updated }, order.table_id);
    return updated;
  });
}

/**
 * One line's kitchen status (K6); the order follows its lines: all completed → completed, any
 * preparing or completed → preparing, else pending (API-2 "Kitchen").
 */
export function changeItemStatus(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  itemId: number,
  status: OrderStatus,
): Promise<Order> {
  return ctx.writer.write((tx) => {
    const order = loadOrder(tx, storeId, id);
    const item = order.items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundError(`Order ${id} has no line ${itemId}`);
    if (item.status === status) return order;
    if (!canChangeStatus(item.status, status)) {
      throw new ConflictError(`A line cannot go from ${item.status} to ${status}`);
    }
    ordersRepo.updateItemStatus(tx.db, id, itemId, status, tx.now);
    const items = order.items.map((i) => (i.id === itemId ? { ...i, status } : i));
    const derived = derivedStatus(items.map((i) => i.status));
    if (derived !== order.status) ordersRepo.setDerivedOrderStatus(tx.db, id, derived);
    const updated: Order = { ...order, status: derived, updated_at: tx.now, items };
    tx.emit(storeId, 'order.updated', { order: updated }, order.table_id);
    return updated;
  });
}

function derivedStatus(lines: readonly OrderStatus[]): OrderStatus {
  if (lines.length && lines.every((s) => s === 'completed')) return 'completed';
  if (lines.some((s) => s !== 'pending')) return 'preparing';
  return 'pending';
}

export function deleteOrder(ctx: ServiceContext, principal: StaffPrincipal, id: number): Promise<void> {
  return ctx.writer.write((tx) => {
    const row = ordersRepo.getOrderRow(tx.db, principal.storeId, id);
    if (!row) throw new NotFoundError(`Order ${id} not found`);
    const order = ordersRepo.withItems(tx.db, [row])[0]!;
    ordersRepo.deleteOrder(tx.db, id);
    ordersRepo.insertDeletedOrder(tx.db, {
      store_id: principal.storeId,
      client_order_id: row.client_order_id,
      order_id: id,
      order_number: row.order_number,
      deleted_at: tx.now,
    });
    auditRepo.insertAudit(tx.db, {
      store_id: principal.storeId,
      staff_id: principal.staffId,
      staff_username: principal.username,
      action: 'order.deleted',
      entity: 'order',
      entity_id: id,
      detail: JSON.stringify(order),
      created_at: tx.now,
    });
    tx.emit(principal.storeId, 'order.deleted', { order_id: id, table_id: order.table_id }, order.table_id);
  });
}

export function dashboard(ctx: ServiceContext, storeId: number): Dashboard {
  const tables = tablesRepo.listTables(ctx.db, storeId);
  const sessions = new Map(sessionsRepo.activeSessionSummaries(ctx.db, storeId).map((s) => [s.table_id, s]));
  const recent = ordersRepo.recentOrdersPerTable(ctx.db, storeId, 3);
  const recentOrders = ordersRepo.withItems(ctx.db, recent);
  const online = ctx.presence.onlineTables(storeId);
  const lines = new Map<number, ReturnType<typeof ordersRepo.activeSessionLines>>();
  for (const l of ordersRepo.activeSessionLines(ctx.db, storeId)) {
    const list = lines.get(l.table_id);
    if (list) list.push(l);
    else lines.set(l.table_id, [l]);
  }
  return {
    tables: tables.map((t) => {
      const s = sessions.get(t.id);
      const own = s ? (lines.get(t.id) ?? []) : [];
      const { dishes, more } = addDishes([], 0, own);
      return {
        id: t.id,
        table_number: t.table_number,
        tablet_online: online.has(t.id),
        session: s
          ? {
              id: s.id,
              started_at: s.started_at,
              total_amount: Number(s.total_amount),
              order_count: Number(s.order_count),
              guest_count: s.guest_count,
            }
          : null,
        recent_orders: recentOrders.filter((o) => o.table_id === t.id),
        dishes,
        dishes_more: more,
        first_order_at: own[0]?.created_at ?? null,
      };
    }),
    last_event_id: lastEventId(ctx.db),
  };
}

/**
 * The bill of a table's active seating (T10): every order line merged by dish, options,
 * request and unit price, in the order first ordered. Payments come with checkout (A12); until
 * then nothing is paid and everything is due.
 */
import type { Bill, BillLine, Order } from '../../src-shared/types';
import { NotFoundError } from '../errors/app-error';
import type { ServiceContext } from './context';
import * as ordersRepo from '../repositories/orders.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';

/** Lines of `orders` merged; orders oldest first so lines keep the order they were first asked for. */
export function mergeLines(orders: Order[]): BillLine[] {
  const lines = new Map<string, BillLine>();
  for (const order of [...orders].sort((a, b) => a.id - b.id)) {
    for (const item of order.items) {
      const options = item.options.map((o) => o.name);
      const key = JSON.stringify([item.menu_id, item.menu_name, options, item.note, item.unit_price]);
      const line = lines.get(key);
      if (line) {
        line.quantity += item.quantity;
        line.amount += item.subtotal;
      } else {
        lines.set(key, {
          menu_name: item.menu_name,
          options,
          note: item.note,
          unit_price: item.unit_price,
          quantity: item.quantity,
          amount: item.subtotal,
        });
      }
    }
  }
  return [...lines.values()];
}

/**
 * `amount` in `parts` whole-won shares that add up exactly, differing by at most 1 won; the
 * extra won go to the first shares (10,001 / 3 = 3,334 + 3,334 + 3,333).
 */
export function splitEvenly(amount: number, parts: number): number[] {
  const base = Math.floor(amount / parts);
  const extra = amount - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

export function tableBill(ctx: ServiceContext, storeId: number, tableId: number, split?: number): Bill {
  const table = tablesRepo.getTable(ctx.db, storeId, tableId);
  if (!table) throw new NotFoundError(`Table ${tableId} not found`);
  const session = sessionsRepo.findActiveSession(ctx.db, tableId);
  if (!session) throw new NotFoundError(`Table ${table.table_number} has no active session`);
  const orders = ordersRepo.withItems(ctx.db, ordersRepo.listSessionOrders(ctx.db, session.id));
  const total = orders.reduce((sum, o) => sum + o.total_amount, 0);
  const paid = 0;
  const due = total - paid;
  return {
    session_id: session.id,
    table_id: tableId,
    table_number: table.table_number,
    guest_count: null,
    lines: mergeLines(orders),
    total_amount: total,
    paid_amount: paid,
    due_amount: due,
    payments: [],
    ...(split ? { split_amounts: splitEvenly(due, split) } : {}),
  };
}

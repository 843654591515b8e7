/**
 * Day summary (A11): the orders of one store-local business day, from live `orders` and the
 * archive, totalled by table and by menu item (by the name and price snapshots taken when
 * ordered), and the same as CSV for Excel.
 */
import type { DaySummary } from '../../src-shared/types';
import { localDate, nextDate, startOfLocalDate } from '../../src-shared/dates';
import type { ServiceContext } from './context';
import { storeTimeZone } from './orders.service';
import { dayOrders } from '../repositories/summary.repository';
import { parseJson } from '../repositories/menu-options.repository';
import { paymentsByMethod } from '../repositories/payments.repository';
import { unpaidEnded } from '../repositories/sessions.repository';
import { csvDocument, METHOD_NAMES } from './csv';

type OptionRow = DaySummary['by_menu_options'][number];

export function daySummary(ctx: ServiceContext, storeId: number, date?: string): DaySummary {
  const tz = storeTimeZone(ctx, storeId);
  const day = date ?? localDate(new Date(), tz);
  const from = startOfLocalDate(day, tz).toISOString();
  const to = startOfLocalDate(nextDate(day), tz).toISOString();
  const { orders, lines } = dayOrders(ctx.db, storeId, from, to);

  const byTable = new Map<number, DaySummary['by_table'][number]>();
  let sales = 0;
  for (const o of orders) {
    sales += o.total_amount;
    const t = byTable.get(o.table_id) ?? {
      table_id: o.table_id,
      table_number: o.table_number,
      order_count: 0,
      sales_total: 0,
    };
    t.order_count += 1;
    t.sales_total += o.total_amount;
    byTable.set(o.table_id, t);
  }

  // One line per menu item; a renamed item is listed under the name it was last sold as.
  const byMenu = new Map<number, DaySummary['by_menu'][number] & { last: string }>();
  for (const l of lines) {
    const m = byMenu.get(l.menu_id) ?? {
      menu_id: l.menu_id,
      menu_name: l.menu_name,
      quantity: 0,
      sales_total: 0,
      last: '',
    };
    m.quantity += l.quantity;
    m.sales_total += l.unit_price * l.quantity;
    if (l.created_at >= m.last) {
      m.last = l.created_at;
      m.menu_name = l.menu_name;
    }
    byMenu.set(l.menu_id, m);
  }

  // The same dish broken down by the options chosen (names as ordered: a renamed option is a new row).
  const byOptions = new Map<string, OptionRow>();
  for (const l of lines) {
    const names = parseJson<{ name: string }[]>(l.options_json, []).map((o) => o.name);
    const key = JSON.stringify([l.menu_id, names]);
    const row = byOptions.get(key) ?? {
      menu_id: l.menu_id,
      menu_name: '',
      options: names,
      quantity: 0,
      sales_total: 0,
    };
    row.quantity += l.quantity;
    row.sales_total += l.unit_price * l.quantity;
    byOptions.set(key, row);
  }
  const menuRows = [...byMenu.values()].sort(
    (a, b) => b.sales_total - a.sales_total || a.menu_id - b.menu_id,
  );
  const rank = new Map(menuRows.map((m, i) => [m.menu_id, i]));
  const byMenuOptions = [...byOptions.values()]
    .map((r) => ({ ...r, menu_name: byMenu.get(r.menu_id)!.menu_name }))
    .sort(
      (a, b) =>
        rank.get(a.menu_id)! - rank.get(b.menu_id)! ||
        b.quantity - a.quantity ||
        a.options.join('\u0000').localeCompare(b.options.join('\u0000')),
    );

  return {
    date: day,
    order_count: orders.length,
    sales_total: sales,
    by_table: [...byTable.values()].sort(
      (a, b) => a.table_number - b.table_number || a.table_id - b.table_id,
    ),
    by_menu: menuRows.map(({ last: _last, ...m }) => m),
    by_menu_options: byMenuOptions,
    by_method: paymentsByMethod(ctx.db, storeId, from, to).map((m) => ({
      method: m.method,
      amount: Number(m.amount),
      count: Number(m.count),
    })),
    unpaid: unpaidEnded(ctx.db, storeId, from, to),
  };
}

/** The summary as CSV: UTF-8 with BOM (Excel reads Korean right), CRLF lines, Korean headers. */
export function summaryCsv(s: DaySummary): string {
  const rows: (string | number)[][] = [
    ['날짜', s.date],
    ['주문 수', s.order_count],
    ['매출 합계', s.sales_total],
    [],
    ['테이블', '주문 수', '매출 합계'],
    ...s.by_table.map((t) => [t.table_number, t.order_count, t.sales_total]),
    [],
    ['메뉴 ID', '메뉴', '수량', '매출 합계'],
    ...s.by_menu.map((m) => [m.menu_id, m.menu_name, m.quantity, m.sales_total]),
    [],
    ['메뉴 ID', '메뉴', '옵션', '수량', '매출 합계'],
    ...s.by_menu_options.map((m) => [
      m.menu_id,
      m.menu_name,
      m.options.length ? m.options.join(', ') : '옵션 없음',
      m.quantity,
      m.sales_total,
    ]),
    [],
    ['결제 수단', '금액', '건수'],
    ...s.by_method.map((m) => [METHOD_NAMES[m.method], m.amount, m.count]),
    ['미결제 (이용 완료 시)', s.unpaid.amount, s.unpaid.count],
  ];
  return csvDocument(rows);
}

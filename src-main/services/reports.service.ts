/**
 * Reports (A15): sales over a range of store-local days from live and archived orders, by day,
 * hour, weekday, dish, table and payment method, with guests seated and prep times; and the
 * same as CSV for Excel. Orders count by when they were placed, in the store's time zone.
 */
import type { Report, ReportBucket } from '../../src-shared/types';
import type { ReportQueryInput } from '../../src-shared/schemas';
import { LIMITS } from '../../src-shared/limits';
import {
  daysBetween,
  epochDayOf,
  localClock,
  localDate,
  nextDate,
  startOfLocalDate,
} from '../../src-shared/dates';
import { ValidationError } from '../errors/app-error';
import type { ServiceContext } from './context';
import { storeTimeZone } from './orders.service';
import { csvDocument, METHOD_NAMES } from './csv';
import { paymentsByMethod } from '../repositories/payments.repository';
import {
  guestsSeated,
  iterateRangeOrders,
  liveMenuTotals,
  readConsistently,
} from '../repositories/reports.repository';

/** The range asked for, with missing ends filled in: today, or the one end given. */
function resolveRange(query: ReportQueryInput, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? to;
  if (from > to) {
    throw new ValidationError('from: must not be after to', [
      { path: 'from', message: 'must not be after to' },
    ]);
  }
  if (daysBetween(from, to) >= LIMITS.reportDaysMax) {
    throw new ValidationError(`to: a report covers at most ${LIMITS.reportDaysMax} days`, [
      { path: 'to', message: `a report covers at most ${LIMITS.reportDaysMax} days` },
    ]);
  }
  return { from, to };
}

const bucket = (): ReportBucket => ({ order_count: 0, sales_total: 0 });

type MenuRow = Report['by_menu'][number] & { last: string };

/** Adds lines of one dish; the name kept is the one it was last sold as. */
function addMenu(
  menus: Map<number, MenuRow>,
  line: { menu_id: number; menu_name: string; quantity: number; sales: number; at: string },
) {
  let m = menus.get(line.menu_id);
  if (!m) {
    m = { menu_id: line.menu_id, menu_name: line.menu_name, quantity: 0, sales_total: 0, last: line.at };
    menus.set(line.menu_id, m);
  }
  m.quantity += line.quantity;
  m.sales_total += line.sales;
  if (line.at >= m.last) {
    m.last = line.at;
    m.menu_name = line.menu_name;
  }
}

interface ArchivedLine {
  menu_id?: number;
  menu_name?: string;
  unit_price?: number;
  quantity?: number;
}

/** Nearest-rank percentile of sorted values (the smallest value with at least p of them at or below). */
function percentile(sorted: Float64Array, p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

export function report(ctx: ServiceContext, storeId: number, query: ReportQueryInput): Report {
  const tz = storeTimeZone(ctx, storeId);
  const { from, to } = resolveRange(query, localDate(new Date(), tz));
  const fromIso = startOfLocalDate(from, tz).toISOString();
  const toIso = startOfLocalDate(nextDate(to), tz).toISOString();
  const firstDay = epochDayOf(from);
  const dayCount = daysBetween(from, to) + 1;

  const byDay = Array.from({ length: dayCount }, bucket);
  const byHour = Array.from({ length: 24 }, bucket);
  const byWeekday = Array.from({ length: 7 }, bucket);
  const byTable = new Map<number, Report['by_table'][number]>();
  const menus = new Map<number, MenuRow>();
  const prep: number[] = [];
  let orderCount = 0;
  let sales = 0;
  const clock = localClock(tz);

  // One read transaction: every total comes from the same state of the database.
  const { methods, guests } = readConsistently(ctx.db, () => {
    for (const o of iterateRangeOrders(ctx.db, storeId, fromIso, toIso)) {
      const placed = Date.parse(o.created_at);
      const local = clock(placed);
      for (const b of [byDay[local.epochDay - firstDay], byHour[local.hour], byWeekday[local.weekday]]) {
        // The SQL range and the local day agree; the guard only keeps a bad row from throwing.
        if (!b) continue;
        b.order_count += 1;
        b.sales_total += o.total_amount;
      }
      const t = byTable.get(o.table_id) ?? {
        table_id: o.table_id,
        table_number: o.table_number,
        ...bucket(),
      };
      t.order_count += 1;
      t.sales_total += o.total_amount;
      byTable.set(o.table_id, t);
      orderCount += 1;
      sales += o.total_amount;
      // A completed order's updated_at is when it last became completed: any later status
      // change moves it off `completed`, and nothing else touches updated_at.
      if (o.status === 'completed') prep.push(Math.max(0, Date.parse(o.updated_at) - placed));
      // Archived lines are JSON; parsing them here is far cheaper than json_each in SQL.
      if (o.items_json !== null) {
        for (const l of JSON.parse(o.items_json) as ArchivedLine[]) {
          const quantity = l.quantity ?? 0;
          addMenu(menus, {
            menu_id: l.menu_id ?? 0,
            menu_name: l.menu_name ?? '',
            quantity,
            sales: (l.unit_price ?? 0) * quantity,
            at: o.created_at,
          });
        }
      }
    }
    for (const m of liveMenuTotals(ctx.db, storeId, fromIso, toIso)) {
      addMenu(menus, { ...m, sales: Number(m.sales_total), at: m.last_sold });
    }
    return {
      methods: paymentsByMethod(ctx.db, storeId, fromIso, toIso),
      guests: guestsSeated(ctx.db, storeId, fromIso, toIso),
    };
  });

  const sortedPrep = Float64Array.from(prep).sort();
  const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
  return {
    from,
    to,
    order_count: orderCount,
    sales_total: sales,
    guest_count: Number(guests),
    by_day: byDay.map((b, i) => ({ date: dateOfEpochDay(firstDay + i), ...b })),
    by_hour: byHour.map((b, hour) => ({ hour, ...b })),
    by_weekday: byWeekday.map((b, weekday) => ({ weekday, ...b })),
    by_menu: [...menus.values()]
      .sort((a, b) => b.sales_total - a.sales_total || a.menu_id - b.menu_id)
      .map(({ last: _last, ...m }) => m),
    by_table: [...byTable.values()].sort(
      (a, b) => a.table_number - b.table_number || a.table_id - b.table_id,
    ),
    by_method: methods.map((m) => ({ method: m.method, amount: Number(m.amount), count: Number(m.count) })),
    prep_seconds: {
      p50: seconds(percentile(sortedPrep, 0.5)),
      p90: seconds(percentile(sortedPrep, 0.9)),
      count: sortedPrep.length,
    },
  };
}

function dateOfEpochDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAY_NAMES = ['일', '월', '화', '수', '목', '금', '토'];
/** Monday first, as Korean calendars and staff read a week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The report as CSV: UTF-8 with BOM, CRLF lines, Korean headers, one section after another. */
export function reportCsv(r: Report): string {
  const rows: (string | number)[][] = [
    ['합계'],
    ['기간', `${r.from} ~ ${r.to}`],
    ['주문 수', r.order_count],
    ['매출 합계', r.sales_total],
    ['손님 수', r.guest_count],
    [],
    ['일별'],
    ['날짜', '주문 수', '매출 합계'],
    ...r.by_day.map((d) => [d.date, d.order_count, d.sales_total]),
    [],
    ['시간대별'],
    ['시간', '주문 수', '매출 합계'],
    ...r.by_hour.map((h) => [`${String(h.hour).padStart(2, '0')}시`, h.order_count, h.sales_total]),
    [],
    ['요일별'],
    ['요일', '주문 수', '매출 합계'],
    ...WEEK_ORDER.map((w) => r.by_weekday[w]!).map((w) => [
      WEEKDAY_NAMES[w.weekday]!,
      w.order_count,
      w.sales_total,
    ]),
    [],
    ['메뉴별'],
    ['메뉴 ID', '메뉴', '수량', '매출 합계'],
    ...r.by_menu.map((m) => [m.menu_id, m.menu_name, m.quantity, m.sales_total]),
    [],
    ['테이블별'],
    ['테이블', '주문 수', '매출 합계'],
    ...r.by_table.map((t) => [t.table_number, t.order_count, t.sales_total]),
    [],
    ['결제 수단별'],
    ['결제 수단', '금액', '건수'],
    ...r.by_method.map((m) => [METHOD_NAMES[m.method], m.amount, m.count]),
    [],
    ['조리 시간'],
    ['완료 주문 수', r.prep_seconds.count],
    ['중앙값 (초)', r.prep_seconds.p50 ?? ''],
    ['90% (초)', r.prep_seconds.p90 ?? ''],
  ];
  return csvDocument(rows);
}

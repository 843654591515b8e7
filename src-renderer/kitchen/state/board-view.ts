/**
 * What one screen shows of the board: the orders with the taps in flight applied, narrowed to
 * the stations this screen picked (K5), split into open tickets and the recently done ones.
 *
 * On a station board a ticket's status is its own lines' status (the same rule the server uses
 * for the order): the drinks screen is done with a ticket once its drinks are out, even while
 * the kitchen still cooks.
 */
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Order, OrderItem } from '../../../src-shared/types';
import type { BoardEntry, BoardState } from './board-state';

/** The default station (categories without one) as a board's pick. */
export const DEFAULT_STATION = 0;

/** A line's station as a pick: its `station_id`, or 0 for the default station. */
export const lineStation = (item: OrderItem): number => item.station_id ?? DEFAULT_STATION;

/** The order's status from its lines' (API-2 K6). */
export function statusOfLines(lines: readonly Pick<OrderItem, 'status'>[]): OrderStatus {
  if (lines.length && lines.every((l) => l.status === 'completed')) return 'completed';
  if (lines.some((l) => l.status !== 'pending')) return 'preparing';
  return 'pending';
}

export interface Overrides {
  /** Optimistic statuses of whole orders on their way to the server. */
  orders: ReadonlyMap<number, OrderStatus>;
  /** Optimistic statuses of single lines, by line id. */
  lines: ReadonlyMap<number, OrderStatus>;
}

export const noOverrides: Overrides = { orders: new Map(), lines: new Map() };

/** The order as it will be once the taps in flight are answered. */
export function effectiveOrder(order: Order, o: Overrides): Order {
  const whole = o.orders.get(order.id);
  const touched = whole !== undefined || order.items.some((i) => o.lines.has(i.id));
  if (!touched) return order;
  const items = order.items.map((i) => {
    const status = o.lines.get(i.id) ?? whole ?? i.status;
    return status === i.status ? i : { ...i, status };
  });
  // A ticket bumped a moment ago counts as the newest change until the server answers.
  return { ...order, items, status: whole ?? statusOfLines(items), updated_at: '9999' };
}

export interface TicketView {
  entry: BoardEntry;
  /** The order with the taps in flight applied. */
  order: Order;
  /** This board's lines first, then the others (dimmed). */
  own: OrderItem[];
  others: OrderItem[];
  /** The ticket's status on this board: the order's, or its own lines' on a station board. */
  status: OrderStatus;
  saving: boolean;
}

export interface BoardView {
  /** Open tickets (pending or preparing here), oldest first. */
  open: TicketView[];
  /** The most recently finished here, newest first. */
  recent: TicketView[];
}

// Order ids are handed out in arrival order; created_at follows the server's wall clock, which
// can jump back (NTP, a manual fix) and would put the newest ticket first.
const byAge = (a: TicketView, b: TicketView) => a.order.id - b.order.id;

export function ticketView(entry: BoardEntry, stations: readonly number[], o: Overrides): TicketView | null {
  const order = effectiveOrder(entry.order, o);
  const expo = stations.length === 0;
  const own = expo ? order.items : order.items.filter((i) => stations.includes(lineStation(i)));
  if (!own.length) return null;
  const others = expo ? [] : order.items.filter((i) => !stations.includes(lineStation(i)));
  const saving = o.orders.has(order.id) || order.items.some((i) => o.lines.has(i.id));
  return { entry, order, own, others, status: expo ? order.status : statusOfLines(own), saving };
}

export function boardView(
  s: BoardState,
  stations: readonly number[],
  o: Overrides = noOverrides,
  recallCount = 5,
): BoardView {
  const open: TicketView[] = [];
  const recent: TicketView[] = [];
  for (const entry of s.entries.values()) {
    const view = ticketView(entry, stations, o);
    if (!view) continue;
    (view.status === 'completed' ? recent : open).push(view);
  }
  open.sort(byAge);
  recent.sort((a, b) => (a.order.updated_at < b.order.updated_at ? 1 : -1));
  return { open, recent: recent.slice(0, recallCount) };
}

/** The largest prep target (minutes) of the given lines' dishes, or null when none has one. */
export function prepTarget(
  lines: readonly OrderItem[],
  prep: ReadonlyMap<number, number | null>,
): number | null {
  let best: number | null = null;
  for (const l of lines) {
    const m = prep.get(l.menu_id);
    if (m != null && (best === null || m > best)) best = m;
  }
  return best;
}

/**
 * The steps from one status to another that the server allows one at a time
 * (pending → preparing → completed, and back the same way).
 */
export function stepsBetween(from: OrderStatus, to: OrderStatus): OrderStatus[] {
  if (from === to) return [];
  if ((from === 'pending' && to === 'completed') || (from === 'completed' && to === 'pending'))
    return ['preparing', to];
  return [to];
}

export const NEXT: Record<OrderStatus, OrderStatus> = {
  pending: 'preparing',
  preparing: 'completed',
  completed: 'preparing',
};

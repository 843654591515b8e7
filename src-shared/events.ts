/** SSE event types and payloads (API.md, "Server-Sent Events"). */
import type { Dashboard, Order, Printer, StaffCall, TableOrders } from './types';

export interface EventPayloads {
  'order.created': { order: Order };
  'order.updated': { order: Order };
  'order.deleted': { order_id: number; table_id: number };
  /** `reason` only when the seating did not end but left this table (A13). */
  'session.ended': { table_id: number; session_id: number; reason?: 'moved' | 'merged' };
  'menu.updated': Record<string, never>;
  'table.updated': { table_id: number };
  'call.created': { call: StaffCall };
  'call.updated': { call: StaffCall };
  'bill.updated': { table_id: number; session_id: number };
  /** A printer's settings, status (read from the printer) or queue changed (A14; admin channel). */
  'printer.updated': { printer: Printer };
}

export type EventType = keyof EventPayloads;

export const EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.deleted',
  'session.ended',
  'menu.updated',
  'table.updated',
  'call.created',
  'call.updated',
  'bill.updated',
  'printer.updated',
] as const satisfies readonly EventType[];

/** Event types a table's channel receives (its own table's, plus menu changes). */
export const TABLE_EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.deleted',
  'session.ended',
  'menu.updated',
  'call.created',
  'call.updated',
  'bill.updated',
] as const satisfies readonly EventType[];

/** Snapshot data: the admin channel gets the dashboard, a table gets its orders. */
export type AdminSnapshot = Dashboard;
export type TableSnapshot = TableOrders;

/** Control events that are not in the log. */
export type ControlEvent = 'snapshot' | 'resync';

/** Every message an SSE channel can carry, by `event:` name: the logged events plus control ones. */
export interface AdminMessages extends EventPayloads {
  snapshot: AdminSnapshot;
  resync: { last_event_id: number };
}
export interface TableMessages extends Pick<EventPayloads, (typeof TABLE_EVENT_TYPES)[number]> {
  snapshot: TableSnapshot;
  resync: { last_event_id: number };
}

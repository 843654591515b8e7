/** Staff-call presets and calls (T9). */
import type { Sqlite } from '../db/connection';
import { all, first, prepare, qb, run } from '../db/query';
import type { CallPreset, StaffCall, StaffCallStatus } from '../../src-shared/types';
import { parseJson } from './menu-options.repository';

export function listPresets(db: Sqlite, storeId: number): CallPreset[] {
  return all(
    db,
    qb
      .selectFrom('call_presets')
      .select(['id', 'label', 'translations'])
      .where('store_id', '=', storeId)
      .orderBy('display_order')
      .orderBy('id'),
  ).map((r) => ({ id: r.id, label: r.label, translations: parseJson(r.translations, {}) }));
}

export function insertPreset(
  db: Sqlite,
  p: { store_id: number; label: string; translations: string; display_order: number },
): number {
  return run(db, qb.insertInto('call_presets').values(p)).lastInsertRowid;
}

export function updatePreset(
  db: Sqlite,
  id: number,
  p: { label: string; translations: string; display_order: number },
): void {
  run(db, qb.updateTable('call_presets').set(p).where('id', '=', id));
}

export function deletePresetsExcept(db: Sqlite, storeId: number, keep: number[]): void {
  let q = qb.deleteFrom('call_presets').where('store_id', '=', storeId);
  if (keep.length) q = q.where('id', 'not in', keep);
  run(db, q);
}

const callColumns = [
  'c.id',
  'c.table_id',
  't.table_number',
  'c.session_id',
  'c.client_call_id',
  'c.items_json',
  'c.note',
  'c.status',
  'c.created_at',
  'c.updated_at',
] as const;

const calls = () => qb.selectFrom('staff_calls as c').innerJoin('tables as t', 't.id', 'c.table_id');
type CallRow = Awaited<ReturnType<typeof getCallRow>> & object;

export function toStaffCall(r: CallRow): StaffCall {
  return {
    id: r.id,
    table_id: r.table_id,
    table_number: r.table_number,
    items: parseJson(r.items_json, []),
    note: r.note,
    status: r.status,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

export function getCallRow(db: Sqlite, storeId: number, id: number) {
  return first(db, calls().select(callColumns).where('c.store_id', '=', storeId).where('c.id', '=', id));
}

export function findCallByClientId(db: Sqlite, storeId: number, clientCallId: string) {
  return first(
    db,
    calls()
      .select(callColumns)
      .where('c.store_id', '=', storeId)
      .where('c.client_call_id', '=', clientCallId),
  );
}

export function insertCall(
  db: Sqlite,
  c: {
    store_id: number;
    table_id: number;
    session_id: number;
    client_call_id: string;
    items_json: string;
    note: string | null;
    now: string;
  },
): number {
  const { now, ...rest } = c;
  return run(
    db,
    qb.insertInto('staff_calls').values({ ...rest, status: 'open', created_at: now, updated_at: now }),
  ).lastInsertRowid;
}

export function countOpenCallsOfTable(db: Sqlite, tableId: number): number {
  return (
    prepare(db, `SELECT COUNT(*) AS n FROM staff_calls WHERE table_id = ? AND status != 'done'`).get(
      tableId,
    ) as {
      n: number;
    }
  ).n;
}

/** A store's calls in the given statuses, oldest first. */
export function listStoreCalls(db: Sqlite, storeId: number, statuses: StaffCallStatus[], limit: number) {
  return all(
    db,
    calls()
      .select(callColumns)
      .where('c.store_id', '=', storeId)
      .where('c.status', 'in', statuses)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .limit(limit),
  ).map(toStaffCall);
}

/** A seating's calls, newest first. */
export function listSessionCalls(db: Sqlite, sessionId: number, limit: number) {
  return all(
    db,
    calls()
      .select(callColumns)
      .where('c.session_id', '=', sessionId)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(limit),
  ).map(toStaffCall);
}

/** The calls of a seating that are not done yet. */
export function listUnfinishedSessionCalls(db: Sqlite, sessionId: number) {
  return all(
    db,
    calls().select(callColumns).where('c.session_id', '=', sessionId).where('c.status', '!=', 'done'),
  ).map(toStaffCall);
}

export function setCallStatus(db: Sqlite, id: number, status: StaffCallStatus, now: string): void {
  run(db, qb.updateTable('staff_calls').set({ status, updated_at: now }).where('id', '=', id));
}

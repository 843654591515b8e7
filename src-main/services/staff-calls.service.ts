/**
 * Staff calls (T9): the owner's presets, a table's calls and the staff's answers. A call is
 * idempotent by `client_call_id` (the tablet's outbox resends it after a drop), belongs to the
 * table's seating (it starts one, like a first order) and is closed when the seating ends. At
 * most a few calls per table are open at once, so a guest cannot flood the staff's screens.
 */
import type { Tx } from '../db/writer';
import type { CallPresetsInput, CreateStaffCallInput } from '../../src-shared/schemas';
import type { CallPreset, CallPresetList, StaffCall, StaffCallStatus } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import {
  ConflictError,
  NotFoundError,
  OrderRejectedError,
  RateLimitedError,
  ValidationError,
} from '../errors/app-error';
import type { ServiceContext, TablePrincipal } from './context';
import * as callsRepo from '../repositories/staff-calls.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import * as tablesRepo from '../repositories/tables.repository';

/** The presets a new store starts with (stores from before presets got the Korean labels). */
export const DEFAULT_CALL_PRESETS: { label: string; translations: CallPreset['translations'] }[] = [
  { label: '물', translations: { en: { label: 'Water' }, zh: { label: '水' }, ja: { label: 'お水' } } },
  {
    label: '수저·젓가락',
    translations: {
      en: { label: 'Spoon & chopsticks' },
      zh: { label: '餐具' },
      ja: { label: 'スプーン・箸' },
    },
  },
  {
    label: '앞접시',
    translations: { en: { label: 'Extra plate' }, zh: { label: '小碟' }, ja: { label: '取り皿' } },
  },
  {
    label: '물티슈',
    translations: { en: { label: 'Wet wipes' }, zh: { label: '湿巾' }, ja: { label: 'おしぼり' } },
  },
  {
    label: '계산 요청',
    translations: { en: { label: 'The bill, please' }, zh: { label: '买单' }, ja: { label: 'お会計' } },
  },
];
/** Seconds a table over its open-call cap is told to wait before calling again. */
const CAP_RETRY_S = 30;

export function listPresets(ctx: ServiceContext, storeId: number): CallPresetList {
  return { presets: callsRepo.listPresets(ctx.db, storeId) };
}

/** Seeds a store's presets (first-run setup); in the caller's transaction. */
export function seedPresets(tx: Tx, storeId: number): void {
  DEFAULT_CALL_PRESETS.forEach((p, i) =>
    callsRepo.insertPreset(tx.db, {
      store_id: storeId,
      label: p.label,
      translations: JSON.stringify(p.translations),
      display_order: i,
    }),
  );
}

/** Replaces the list: kept ids are renamed and reordered, new entries added, the rest removed. */
export async function replacePresets(
  ctx: ServiceContext,
  storeId: number,
  input: CallPresetsInput,
): Promise<CallPresetList> {
  await ctx.writer.write((tx) => {
    const known = new Set(callsRepo.listPresets(tx.db, storeId).map((p) => p.id));
    const seen = new Set<number>();
    input.presets.forEach((p, i) => {
      if (p.id === undefined) return;
      const path = `presets.${i}.id`;
      if (!known.has(p.id))
        throw new ValidationError(`${path}: no such preset`, [{ path, message: 'no such preset' }]);
      if (seen.has(p.id))
        throw new ValidationError(`${path}: listed twice`, [{ path, message: 'listed twice' }]);
      seen.add(p.id);
    });
    callsRepo.deletePresetsExcept(tx.db, storeId, [...seen]);
    input.presets.forEach((p, i) => {
      const fields = { label: p.label, translations: JSON.stringify(p.translations ?? {}), display_order: i };
      if (p.id === undefined) callsRepo.insertPreset(tx.db, { store_id: storeId, ...fields });
      else callsRepo.updatePreset(tx.db, p.id, fields);
    });
  });
  return listPresets(ctx, storeId);
}

export interface CreateCallResult {
  call: StaffCall;
  created: boolean;
}

export function createCall(
  ctx: ServiceContext,
  principal: TablePrincipal,
  input: CreateStaffCallInput,
): Promise<CreateCallResult> {
  const { storeId, tableId } = principal;
  return ctx.writer.write((tx): CreateCallResult => {
    const existing = callsRepo.findCallByClientId(tx.db, storeId, input.client_call_id);
    if (existing) {
      if (existing.table_id !== tableId) throw new ConflictError('This client_call_id was already used');
      return { call: callsRepo.toStaffCall(existing), created: false };
    }
    const table = tablesRepo.getTable(tx.db, storeId, tableId);
    if (!table) throw new NotFoundError('This table no longer exists');
    const presets = new Map(callsRepo.listPresets(tx.db, storeId).map((p) => [p.id, p]));
    const items = input.preset_ids.map((id, i) => {
      const preset = presets.get(id);
      if (!preset) {
        const path = `preset_ids.${i}`;
        throw new ValidationError(`${path}: no such request button`, [
          { path, message: 'no such request button' },
        ]);
      }
      return { preset_id: id, label: preset.label };
    });
    const session = sessionsRepo.findActiveSession(tx.db, tableId);
    const seen = input.session_id;
    if (seen !== undefined && seen !== (session?.id ?? null)) {
      throw new OrderRejectedError(
        'The visit this call was made in has ended; it was not sent',
        'SESSION_ENDED',
      );
    }
    if (callsRepo.countOpenCallsOfTable(tx.db, tableId) >= LIMITS.openCallsPerTable) {
      throw new RateLimitedError(
        `This table already has ${LIMITS.openCallsPerTable} requests waiting for the staff`,
        CAP_RETRY_S,
      );
    }
    const sessionId =
      session?.id ?? sessionsRepo.insertSession(tx.db, { store_id: storeId, table_id: tableId, now: tx.now });
    const id = callsRepo.insertCall(tx.db, {
      store_id: storeId,
      table_id: tableId,
      session_id: sessionId,
      client_call_id: input.client_call_id,
      items_json: JSON.stringify(items),
      note: input.note ? input.note : null,
      now: tx.now,
    });
    const call = callsRepo.toStaffCall(callsRepo.getCallRow(tx.db, storeId, id)!);
    tx.emit(storeId, 'call.created', { call }, tableId);
    if (!session) tx.emit(storeId, 'table.updated', { table_id: tableId }, tableId);
    return { call, created: true };
  });
}

/** The table's calls of its active seating, newest first. */
export function tableCalls(ctx: ServiceContext, principal: TablePrincipal): { calls: StaffCall[] } {
  const session = sessionsRepo.findActiveSession(ctx.db, principal.tableId);
  if (!session || session.store_id !== principal.storeId) return { calls: [] };
  return { calls: callsRepo.listSessionCalls(ctx.db, session.id, LIMITS.tableCallsListMax) };
}

export function storeCalls(ctx: ServiceContext, storeId: number, statuses: StaffCallStatus[]) {
  return { calls: callsRepo.listStoreCalls(ctx.db, storeId, statuses, LIMITS.staffCallsListMax) };
}

const NEXT: Record<StaffCallStatus, StaffCallStatus[]> = {
  open: ['acknowledged', 'done'],
  acknowledged: ['done'],
  done: [],
};

/** open → acknowledged → done, or open → done; the same status again changes nothing. */
export function setCallStatus(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  status: StaffCallStatus,
): Promise<StaffCall> {
  return ctx.writer.write((tx) => {
    const row = callsRepo.getCallRow(tx.db, storeId, id);
    if (!row) throw new NotFoundError(`Staff call ${id} not found`);
    if (row.status === status) return callsRepo.toStaffCall(row);
    if (!NEXT[row.status].includes(status)) {
      throw new ConflictError(`A call that is ${row.status} cannot become ${status}`);
    }
    callsRepo.setCallStatus(tx.db, id, status, tx.now);
    const call = { ...callsRepo.toStaffCall(row), status, updated_at: tx.now };
    tx.emit(storeId, 'call.updated', { call }, row.table_id);
    return call;
  });
}

/** In the transaction that ends a seating: its unfinished calls are done, with their events. */
export function closeSessionCallsInTx(tx: Tx, storeId: number, sessionId: number): void {
  for (const call of callsRepo.listUnfinishedSessionCalls(tx.db, sessionId)) {
    callsRepo.setCallStatus(tx.db, call.id, 'done', tx.now);
    tx.emit(
      storeId,
      'call.updated',
      { call: { ...call, status: 'done', updated_at: tx.now } },
      call.table_id,
    );
  }
}

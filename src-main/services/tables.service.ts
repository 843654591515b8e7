/**
 * Tables: numbers unique per store, hashed passwords; a password change ends its logins and
 * unpairs its tablets (their device keys go).
 */
import type { TableInfo, TablesList, UnpairResult } from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import { ConflictError, NotFoundError } from '../errors/app-error';
import type { ServiceContext } from './context';
import { hashPassword } from './crypto';
import * as tablesRepo from '../repositories/tables.repository';
import * as sessionsRepo from '../repositories/sessions.repository';
import { deleteTokensOfTable } from '../repositories/auth.repository';
import { deleteGuestsOfTable } from '../repositories/guest-invites.repository';
import { deleteDeviceKeysOfTable } from '../repositories/device-keys.repository';
import { tableLastSecure } from '../repositories/tls.repository';

export function listTables(ctx: ServiceContext, storeId: number): TablesList {
  const sessions = new Map(sessionsRepo.activeSessionSummaries(ctx.db, storeId).map((s) => [s.table_id, s]));
  const online = ctx.presence.onlineTables(storeId);
  const https = ctx.config.httpsUrl();
  return {
    tables: tablesRepo
      .listTables(ctx.db, storeId)
      .map((t) => toInfo(t, sessions.get(t.id), online.has(t.id))),
    tablet_url: `${ctx.config.publicUrl()}/table/`,
    tablet_https_url: https ? `${https}/table/` : null,
  };
}

function toInfo(
  t: {
    id: number;
    table_number: number;
    created_at: string;
    password_weak?: number | null;
    last_secure: number | null;
  },
  s:
    | {
        id: number;
        started_at: string;
        total_amount: number;
        order_count: number;
        guest_count: number | null;
      }
    | undefined,
  online: boolean,
): TableInfo {
  return {
    id: t.id,
    table_number: t.table_number,
    tablet_online: online,
    session: s
      ? {
          id: s.id,
          started_at: s.started_at,
          total_amount: Number(s.total_amount),
          order_count: Number(s.order_count),
          guest_count: s.guest_count,
        }
      : null,
    created_at: t.created_at,
    last_secure: t.last_secure === null ? null : t.last_secure === 1,
    // Only present when true: a password from before the 6-character minimum (API-2).
    ...(t.password_weak === 1 ? { password_weak: true as const } : {}),
  };
}

function tableInfo(ctx: ServiceContext, storeId: number, id: number): TableInfo {
  const t = tablesRepo.getTable(ctx.db, storeId, id);
  if (!t) throw new NotFoundError(`Table ${id} not found`);
  const s = sessionsRepo.activeSessionSummaries(ctx.db, storeId).find((x) => x.table_id === id);
  const weak = tablesRepo.isPasswordWeak(ctx.db, storeId, id) ? 1 : 0;
  const lastSecure = tableLastSecure(ctx.db, id);
  return toInfo(
    { ...t, password_weak: weak, last_secure: lastSecure },
    s,
    ctx.presence.onlineTables(storeId).has(id),
  );
}

export async function createTable(
  ctx: ServiceContext,
  storeId: number,
  input: { table_number: number; password: string },
): Promise<TableInfo> {
  const hash = await hashPassword(input.password);
  const id = await ctx.writer.write((tx) => {
    const clash = tablesRepo.findTableForLogin(tx.db, storeId, input.table_number);
    if (clash) throw new ConflictError(`Table ${input.table_number} already exists`);
    const newId = tablesRepo.insertTable(tx.db, {
      store_id: storeId,
      table_number: input.table_number,
      password_hash: hash,
      now: tx.now,
      password_weak: input.password.length < LIMITS.tablePasswordMin,
    });
    tx.emit(storeId, 'table.updated', { table_id: newId }, newId);
    return newId;
  });
  return tableInfo(ctx, storeId, id);
}

export async function updateTable(
  ctx: ServiceContext,
  storeId: number,
  id: number,
  input: { table_number?: number; password?: string },
): Promise<TableInfo> {
  const hash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  await ctx.writer.write((tx) => {
    const table = tablesRepo.getTable(tx.db, storeId, id);
    if (!table) throw new NotFoundError(`Table ${id} not found`);
    if (input.table_number !== undefined && input.table_number !== table.table_number) {
      if (tablesRepo.findTableForLogin(tx.db, storeId, input.table_number)) {
        throw new ConflictError(`Table ${input.table_number} already exists`);
      }
    }
    tablesRepo.updateTable(tx.db, storeId, id, {
      ...(input.table_number !== undefined ? { table_number: input.table_number } : {}),
      ...(hash !== undefined
        ? { password_hash: hash, password_weak: Number(input.password!.length < LIMITS.tablePasswordMin) }
        : {}),
    });
    if (hash !== undefined) {
      // Guest phones and the QR invites the old tablet showed go with the tablet's logins.
      deleteGuestsOfTable(tx.db, id);
      deleteTokensOfTable(tx.db, id);
      deleteDeviceKeysOfTable(tx.db, id);
    }
    tx.emit(storeId, 'table.updated', { table_id: id }, id);
  });
  if (hash !== undefined) ctx.presence.closeTable(id);
  return tableInfo(ctx, storeId, id);
}

export async function deleteTable(ctx: ServiceContext, storeId: number, id: number): Promise<void> {
  await ctx.writer.write((tx) => {
    const table = tablesRepo.getTable(tx.db, storeId, id);
    if (!table) throw new NotFoundError(`Table ${id} not found`);
    if (sessionsRepo.findActiveSession(tx.db, id)) {
      throw new ConflictError(`Table ${table.table_number} has an active session; end it first`);
    }
    tablesRepo.deleteTable(tx.db, storeId, id);
    tx.emit(storeId, 'table.updated', { table_id: id }, id);
  });
  ctx.presence.closeTable(id);
}

/**
 * Unpairs the table's tablets: their device keys and current logins end, their live streams
 * close, so they return to setup at their next call instead of 16 hours later.
 */
export async function unpairTablets(ctx: ServiceContext, storeId: number, id: number): Promise<UnpairResult> {
  const revoked = await ctx.writer.write((tx) => {
    if (!tablesRepo.getTable(tx.db, storeId, id)) throw new NotFoundError(`Table ${id} not found`);
    deleteGuestsOfTable(tx.db, id);
    deleteTokensOfTable(tx.db, id);
    return deleteDeviceKeysOfTable(tx.db, id);
  });
  ctx.presence.closeTable(id);
  return { revoked };
}

export function assertTable(ctx: ServiceContext, storeId: number, id: number): void {
  if (!tablesRepo.getTable(ctx.db, storeId, id)) throw new NotFoundError(`Table ${id} not found`);
}

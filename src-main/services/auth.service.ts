/**
 * Logins, tokens, pairing codes and the lock-out: 5 failed logins within 15 minutes lock that
 * account (or table) for 15 minutes; every attempt while locked is a 429 with Retry-After.
 */
import type { Tx } from '../db/writer';
import type { AdminLoginResponse, Store, TableLoginResponse } from '../../src-shared/types';
import { AuthenticationError, ConflictError, RateLimitedError } from '../errors/app-error';
import { DUMMY_HASH, hashPassword, newPairingCode, newToken, sha256, verifyPassword } from './crypto';
import type { Principal, ServiceContext } from './context';
import * as authRepo from '../repositories/auth.repository';
import * as storesRepo from '../repositories/stores.repository';
import * as staffRepo from '../repositories/staff.repository';
import * as tablesRepo from '../repositories/tables.repository';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
const MAX_FAILURES = 5;
const PAIRING_TTL_MS = 10 * 60_000;

function publicStore(s: { id: number; code: string; name: string }): Store {
  return { id: s.id, code: s.code, name: s.name };
}

function assertNotLocked(ctx: ServiceContext, key: string): void {
  const a = authRepo.getLoginAttempt(ctx.db, key);
  if (a?.locked_until) {
    const left = Date.parse(a.locked_until) - Date.now();
    if (left > 0) {
      throw new RateLimitedError(
        'Too many failed logins. Try again later.',
        Math.min(900, Math.ceil(left / 1000)),
      );
    }
  }
}

function recordFailure(tx: Tx, key: string): void {
  const a = authRepo.getLoginAttempt(tx.db, key);
  const nowMs = Date.parse(tx.now);
  const fresh = !a || nowMs - Date.parse(a.first_failed_at) > WINDOW_MS || a.locked_until !== null;
  const count = fresh ? 1 : a.failed_count + 1;
  authRepo.saveLoginAttempt(tx.db, {
    key,
    failed_count: count >= MAX_FAILURES ? 0 : count,
    first_failed_at: fresh ? tx.now : a.first_failed_at,
    locked_until: count >= MAX_FAILURES ? new Date(nowMs + LOCK_MS).toISOString() : null,
  });
}

function issueToken(
  tx: Tx,
  ctx: ServiceContext,
  t: { store_id: number; role: Principal['role']; staff_id: number | null; table_id: number | null },
) {
  const token = newToken();
  const expires = new Date(Date.parse(tx.now) + ctx.config.tokenTtlMs).toISOString();
  authRepo.insertToken(tx.db, { ...t, token_hash: sha256(token), created_at: tx.now, expires_at: expires });
  return { token, expires_at: expires };
}

/** True while the server has no store yet (the admin app then shows its setup screen). */
export function setupRequired(ctx: ServiceContext): boolean {
  return storesRepo.listStores(ctx.db).length === 0;
}

export async function setup(
  ctx: ServiceContext,
  input: { store_code: string; store_name: string; username: string; password: string },
): Promise<{ store: Store }> {
  const hash = await hashPassword(input.password);
  return ctx.writer.write((tx) => {
    if (storesRepo.listStores(tx.db).length) throw new ConflictError('This store server is already set up');
    const id = storesRepo.insertStore(tx.db, {
      code: input.store_code,
      name: input.store_name,
      time_zone: ctx.config.timeZone,
      now: tx.now,
    });
    staffRepo.insertStaff(tx.db, {
      store_id: id,
      username: input.username,
      password_hash: hash,
      role: 'manager',
      now: tx.now,
    });
    return { store: { id, code: input.store_code, name: input.store_name } };
  });
}

export async function adminLogin(
  ctx: ServiceContext,
  input: { store_code: string; username: string; password: string },
): Promise<AdminLoginResponse> {
  const key = `staff:${input.store_code.toLowerCase()}:${input.username}`;
  assertNotLocked(ctx, key);
  const store = storesRepo.findStoreByCode(ctx.db, input.store_code);
  const staff = store ? staffRepo.findStaffForLogin(ctx.db, store.id, input.username) : undefined;
  const ok = await verifyPassword(input.password, staff?.password_hash ?? DUMMY_HASH);
  if (!store || !staff || !ok) {
    await ctx.writer.write((tx) => recordFailure(tx, key));
    throw new AuthenticationError('Wrong store code, username or password');
  }
  return ctx.writer.write((tx) => {
    // The account may have changed while the hash was checked.
    if (!staffRepo.getStaff(tx.db, store.id, staff.id)) throw new AuthenticationError('Account not found');
    authRepo.clearLoginAttempts(tx.db, key);
    const t = issueToken(tx, ctx, {
      store_id: store.id,
      role: staff.role,
      staff_id: staff.id,
      table_id: null,
    });
    return {
      ...t,
      staff: { id: staff.id, username: staff.username, role: staff.role },
      store: publicStore(store),
    };
  });
}

export async function tableLogin(
  ctx: ServiceContext,
  input: { store_code: string; table_number: number; password: string },
): Promise<TableLoginResponse> {
  const key = `table:${input.store_code.toLowerCase()}:${input.table_number}`;
  assertNotLocked(ctx, key);
  const store = storesRepo.findStoreByCode(ctx.db, input.store_code);
  const table = store ? tablesRepo.findTableForLogin(ctx.db, store.id, input.table_number) : undefined;
  const ok = await verifyPassword(input.password, table?.password_hash ?? DUMMY_HASH);
  if (!store || !table || !ok) {
    await ctx.writer.write((tx) => recordFailure(tx, key));
    throw new AuthenticationError('Wrong store code, table number or password');
  }
  return ctx.writer.write((tx) => {
    if (!tablesRepo.getTable(tx.db, store.id, table.id)) throw new AuthenticationError('Table not found');
    authRepo.clearLoginAttempts(tx.db, key);
    const t = issueToken(tx, ctx, { store_id: store.id, role: 'table', staff_id: null, table_id: table.id });
    return { ...t, table: { id: table.id, table_number: table.table_number }, store: publicStore(store) };
  });
}

export function createPairing(ctx: ServiceContext, storeId: number, tableId: number) {
  const code = newPairingCode();
  return ctx.writer.write((tx) => {
    authRepo.deleteExpiredPairingCodes(tx.db, tx.now);
    const expires = new Date(Date.parse(tx.now) + PAIRING_TTL_MS).toISOString();
    authRepo.insertPairingCode(tx.db, {
      code_hash: sha256(code),
      store_id: storeId,
      table_id: tableId,
      expires_at: expires,
    });
    return {
      pairing_code: code,
      expires_at: expires,
      url: `${ctx.config.publicUrl()}/table/pair?code=${code}`,
    };
  });
}

export function pair(ctx: ServiceContext, pairingCode: string): Promise<TableLoginResponse> {
  return ctx.writer.write((tx) => {
    const row = authRepo.takePairingCode(tx.db, sha256(pairingCode.toUpperCase()));
    if (!row || row.expires_at <= tx.now) {
      throw new AuthenticationError('This pairing code is not valid or has expired');
    }
    const table = tablesRepo.getTable(tx.db, row.store_id, row.table_id);
    const store = storesRepo.getStore(tx.db, row.store_id);
    if (!table || !store) throw new AuthenticationError('This pairing code is not valid or has expired');
    const t = issueToken(tx, ctx, { store_id: store.id, role: 'table', staff_id: null, table_id: table.id });
    return { ...t, table: { id: table.id, table_number: table.table_number }, store: publicStore(store) };
  });
}

export function logout(ctx: ServiceContext, principal: Principal): Promise<void> {
  return ctx.writer.write((tx) => authRepo.deleteToken(tx.db, principal.tokenHash));
}

/** The principal behind a bearer token, or an AuthenticationError. */
export function authenticate(ctx: ServiceContext, token: string | undefined): Principal {
  if (!token) throw new AuthenticationError('Login required');
  const hash = sha256(token);
  const row = authRepo.findToken(ctx.db, hash);
  if (!row) throw new AuthenticationError('Your session has ended. Please log in again.');
  if (row.expires_at <= new Date().toISOString()) {
    throw new AuthenticationError('Your session has expired. Please log in again.');
  }
  const base = { storeId: row.store_id, tokenHash: hash };
  if (row.role === 'table') {
    if (row.table_id === null) throw new AuthenticationError('Your session has ended. Please log in again.');
    return { ...base, role: 'table', tableId: row.table_id };
  }
  const staff = row.staff_id === null ? undefined : staffRepo.getStaff(ctx.db, row.store_id, row.staff_id);
  if (!staff) throw new AuthenticationError('Your session has ended. Please log in again.');
  return { ...base, role: row.role, staffId: staff.id, username: staff.username };
}

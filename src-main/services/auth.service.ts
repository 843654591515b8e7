/**
 * Logins, tokens, pairing codes and first-run setup. Throttling (5 failed attempts per account
 * and per LAN address in 15 minutes, store PC never locked out by the LAN) lives in
 * login-throttle.service; the bounded hashing queue in crypto.
 */
import type { Tx } from '../db/writer';
import type {
  AdminLoginResponse,
  DeviceLoginResponse,
  Store,
  TableLoginResponse,
} from '../../src-shared/types';
import { LIMITS } from '../../src-shared/limits';
import {
  AuthenticationError,
  ConflictError,
  ForbiddenError,
  ServiceUnavailableError,
} from '../errors/app-error';
import {
  DUMMY_HASH,
  hashPassword,
  newPairingCode,
  newToken,
  sha256,
  takeHashTicket,
  type HashTicket,
} from './crypto';
import type { Principal, ServiceContext } from './context';
import * as authRepo from '../repositories/auth.repository';
import * as storesRepo from '../repositories/stores.repository';
import * as staffRepo from '../repositories/staff.repository';
import * as tablesRepo from '../repositories/tables.repository';
import * as deviceKeysRepo from '../repositories/device-keys.repository';
import {
  addressKey,
  check,
  clientOf,
  refund,
  reserve,
  throttleKeys,
  type Client,
} from './login-throttle.service';
import { checkSetupCode, clearSetupCode } from './setup-code.service';
import { seedPresets } from './staff-calls.service';

const PAIRING_TTL_MS = 10 * 60_000;
/** A table's most recently used device keys that are kept (each login or pairing adds one). */
const DEVICE_KEYS_PER_TABLE = 20;
const UNPAIRED =
  'This tablet is no longer paired: the table password was changed, the table was deleted or its tablets were unpaired. Set it up again.';
/** Seconds a LAN login is told to wait when the hashing queue is full. */
const QUEUE_FULL_RETRY_S = 2;

function publicStore(s: { id: number; code: string; name: string }): Store {
  return { id: s.id, code: s.code, name: s.name };
}

/**
 * Runs one throttled attempt. Everything up to the hash is synchronous, so parallel attempts
 * are decided one by one: a locked key is a 429; a full hashing queue a 503 (nothing counted);
 * then the attempt is counted on every key before `attempt` hashes in its queue place. A
 * success gives the attempt back.
 */
async function throttled<T>(
  ctx: ServiceContext,
  keys: string[],
  client: Client,
  attempt: (ticket: HashTicket) => Promise<T>,
): Promise<T> {
  check(ctx, keys);
  const ticket = takeHashTicket(client.loopback);
  if (!ticket) {
    throw new ServiceUnavailableError('Too many logins at once; try again in a moment', QUEUE_FULL_RETRY_S);
  }
  try {
    await reserve(ctx, keys, client);
    const result = await attempt(ticket);
    await refund(ctx, keys);
    return result;
  } finally {
    ticket.release();
  }
}

export function issueToken(
  tx: Tx,
  ctx: ServiceContext,
  t: {
    store_id: number;
    role: Principal['role'];
    staff_id: number | null;
    table_id: number | null;
    guest?: number;
  },
  ttlMs = ctx.config.tokenTtlMs,
) {
  const token = newToken();
  const expires = new Date(Date.parse(tx.now) + ttlMs).toISOString();
  authRepo.insertToken(tx.db, { ...t, token_hash: sha256(token), created_at: tx.now, expires_at: expires });
  return { token, expires_at: expires };
}

/** A new device key for a tablet of `tableId`; only its hash is stored. */
function issueDeviceKey(tx: Tx, storeId: number, tableId: number): string {
  const key = newToken();
  deviceKeysRepo.insertDeviceKey(tx.db, {
    key_hash: sha256(key),
    store_id: storeId,
    table_id: tableId,
    now: tx.now,
  });
  deviceKeysRepo.pruneDeviceKeysOfTable(tx.db, tableId, DEVICE_KEYS_PER_TABLE);
  return key;
}

/** True while the server has no store yet (the admin app then shows its setup screen). */
export function setupRequired(ctx: ServiceContext): boolean {
  return storesRepo.listStores(ctx.db).length === 0;
}

/**
 * First-run setup: from the store PC (loopback), or from the LAN with the one-time code the
 * server showed at start. A wrong or missing code is a 403 and counts against the address.
 */
export async function setup(
  ctx: ServiceContext,
  input: { store_code: string; store_name: string; username: string; password: string; setup_code?: string },
  remoteAddress?: string,
): Promise<{ store: Store }> {
  const client = clientOf(remoteAddress);
  if (storesRepo.listStores(ctx.db).length) throw new ConflictError('This store server is already set up');
  if (!client.loopback) {
    // Per address only: a shared lock would let one guest stop the real owner's setup, and
    // the code (31^10 values) outlasts any number of addresses at 5 tries per 15 minutes.
    const keys = [addressKey(client)];
    await reserve(ctx, keys, client);
    if (!checkSetupCode(ctx, input.setup_code)) {
      throw new ForbiddenError(
        input.setup_code
          ? 'Wrong setup code'
          : 'Set up the store on the store PC, or enter the setup code it shows',
      );
    }
    await refund(ctx, keys);
  }
  const hash = await hashPassword(input.password);
  const result = await ctx.writer.write((tx) => {
    if (storesRepo.listStores(tx.db).length) throw new ConflictError('This store server is already set up');
    const id = storesRepo.insertStore(tx.db, {
      code: input.store_code,
      name: input.store_name,
      time_zone: ctx.config.timeZone,
      now: tx.now,
    });
    seedPresets(tx, id);
    staffRepo.insertStaff(tx.db, {
      store_id: id,
      username: input.username,
      password_hash: hash,
      role: 'manager',
      now: tx.now,
    });
    return { store: { id, code: input.store_code, name: input.store_name } };
  });
  clearSetupCode(ctx);
  return result;
}

export function adminLogin(
  ctx: ServiceContext,
  input: { store_code: string; username: string; password: string },
  remoteAddress?: string,
): Promise<AdminLoginResponse> {
  const client = clientOf(remoteAddress);
  const keys = throttleKeys(`staff:${input.store_code.toLowerCase()}:${input.username}`, client);
  return throttled(ctx, keys, client, async (ticket) => {
    const store = storesRepo.findStoreByCode(ctx.db, input.store_code);
    const staff = store ? staffRepo.findStaffForLogin(ctx.db, store.id, input.username) : undefined;
    const ok = await ticket.verify(input.password, staff?.password_hash ?? DUMMY_HASH);
    if (!store || !staff || !ok) throw new AuthenticationError('Wrong store code, username or password');
    return ctx.writer.write((tx) => {
      // The account may have changed while the hash was checked.
      if (!staffRepo.getStaff(tx.db, store.id, staff.id)) throw new AuthenticationError('Account not found');
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
  });
}

export function tableLogin(
  ctx: ServiceContext,
  input: { store_code: string; table_number: number; password: string },
  remoteAddress?: string,
): Promise<TableLoginResponse> {
  const client = clientOf(remoteAddress);
  const keys = throttleKeys(`table:${input.store_code.toLowerCase()}:${input.table_number}`, client);
  return throttled(ctx, keys, client, async (ticket) => {
    const store = storesRepo.findStoreByCode(ctx.db, input.store_code);
    const table = store ? tablesRepo.findTableForLogin(ctx.db, store.id, input.table_number) : undefined;
    const ok = await ticket.verify(input.password, table?.password_hash ?? DUMMY_HASH);
    if (!store || !table || !ok) throw new AuthenticationError('Wrong store code, table number or password');
    return ctx.writer.write((tx) => {
      if (!tablesRepo.getTable(tx.db, store.id, table.id)) throw new AuthenticationError('Table not found');
      // Only a login sees the plain password: passwords set before the 6-character minimum
      // are found (and flagged for the admin screen) here.
      tablesRepo.setPasswordWeak(tx.db, table.id, input.password.length < LIMITS.tablePasswordMin);
      const t = issueToken(tx, ctx, {
        store_id: store.id,
        role: 'table',
        staff_id: null,
        table_id: table.id,
      });
      return {
        ...t,
        table: { id: table.id, table_number: table.table_number },
        store: publicStore(store),
        device_key: issueDeviceKey(tx, store.id, table.id),
      };
    });
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
    return {
      ...t,
      table: { id: table.id, table_number: table.table_number },
      store: publicStore(store),
      device_key: issueDeviceKey(tx, store.id, table.id),
    };
  });
}

/**
 * A paired tablet trades its device key for a fresh token (T1: no typing after expiry). Only a
 * hash lookup, no password hashing, but throttled like the logins: per key and, from the LAN,
 * per address, so guessing keys from one device stops after 5 misses.
 */
export async function deviceLogin(
  ctx: ServiceContext,
  input: { device_key: string },
  remoteAddress?: string,
): Promise<DeviceLoginResponse> {
  const client = clientOf(remoteAddress);
  const hash = sha256(input.device_key);
  const keys = throttleKeys(`device:${hash.slice(0, 16)}`, client);
  await reserve(ctx, keys, client);
  const result = await ctx.writer.write((tx) => {
    const row = deviceKeysRepo.findDeviceKey(tx.db, hash);
    const table = row && tablesRepo.getTable(tx.db, row.store_id, row.table_id);
    const store = row && storesRepo.getStore(tx.db, row.store_id);
    if (!row || !table || !store) throw new AuthenticationError(UNPAIRED);
    deviceKeysRepo.touchDeviceKey(tx.db, row.id, tx.now);
    const t = issueToken(tx, ctx, { store_id: store.id, role: 'table', staff_id: null, table_id: table.id });
    return { ...t, table: { id: table.id, table_number: table.table_number }, store: publicStore(store) };
  });
  await refund(ctx, keys);
  return result;
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
    return { ...base, role: 'table', tableId: row.table_id, guest: row.guest === 1 };
  }
  const staff = row.staff_id === null ? undefined : staffRepo.getStaff(ctx.db, row.store_id, row.staff_id);
  if (!staff) throw new AuthenticationError('Your session has ended. Please log in again.');
  return { ...base, role: row.role, staffId: staff.id, username: staff.username };
}

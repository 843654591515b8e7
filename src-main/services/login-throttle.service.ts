/**
 * Login throttling (SPEC S1, API-2 "Security"). At most 5 failed attempts per account (or
 * table) and per client address in 15 minutes; the 6th and later are 429 with a truthful
 * Retry-After, whatever their outcome, also when they arrive in parallel.
 *
 * - An attempt is counted the moment it is made, in the same write as the check ("reserve"),
 *   before the password is hashed: a burst of parallel guesses cannot slip past the check
 *   while earlier ones are still hashing. A correct password gives its own attempt back, but
 *   a lock already in force stays until it ends.
 * - Account locks are kept per address class: failures from the LAN lock the account for the
 *   LAN only, so no guest device can lock the store PC out. The store PC is loopback, exactly
 *   127.0.0.1 and ::1 (127.0.0.2 and the rest of 127/8 count as another device).
 * - LAN addresses are also throttled across accounts (IPv6 by /64, the block one device can
 *   pick its addresses from). Loopback is not: one mistyped account there must not stop the
 *   manager from using another, and its own failures are still throttled per account.
 * - A lock whose end lies more than its duration ahead (the clock went back) is re-anchored to
 *   now + 15 minutes, so Retry-After is always when it really ends.
 * - The records are capped: stale ones are pruned first; when the table is still full of live
 *   locks, new LAN keys are refused rather than an existing lock evicted.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Sqlite } from '../db/connection';
import * as authRepo from '../repositories/auth.repository';
import { RateLimitedError } from './app-error';
import type { ServiceContext } from './context';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const MAX_RECORDS = 10_000;
/** Retry-After when the records table is full of live locks. */
const FULL_RETRY_S = 60;

export interface Client {
  /** The socket's remote address, IPv4-mapped IPv6 written as IPv4. */
  address: string;
  /** The store PC itself. */
  loopback: boolean;
}

export function clientOf(remoteAddress: string | undefined): Client {
  let address = (remoteAddress ?? '').toLowerCase();
  if (address.startsWith('::ffff:') && isIPv4(address.slice(7))) address = address.slice(7);
  return { address, loopback: address === '127.0.0.1' || address === '::1' };
}

/** The first four groups of an IPv6 address (its /64). */
function ipv6Prefix64(address: string): string {
  const bare = address.split('%')[0]!;
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':');
}

export function addressKey(client: Client): string {
  return isIPv6(client.address) ? `addr:${ipv6Prefix64(client.address)}::/64` : `addr:${client.address}`;
}

/** The records an attempt on `account` counts against. */
export function throttleKeys(account: string, client: Client): string[] {
  const keys = [`${account}@${client.loopback ? 'local' : 'lan'}`];
  if (!client.loopback) keys.push(addressKey(client));
  return keys;
}

interface State {
  count: number;
  firstMs: number;
  lockEndMs: number | null;
  /** The stored lock lay too far ahead and was moved to now + LOCK_MS. */
  reanchored: boolean;
}

type Row = ReturnType<typeof authRepo.getLoginAttempt>;

function evaluate(row: Row, nowMs: number): State {
  const fresh: State = { count: 0, firstMs: nowMs, lockEndMs: null, reanchored: false };
  if (!row) return fresh;
  let lockEndMs = row.locked_until ? Date.parse(row.locked_until) : null;
  let reanchored = false;
  if (lockEndMs !== null && (Number.isNaN(lockEndMs) || lockEndMs - nowMs > LOCK_MS)) {
    lockEndMs = nowMs + LOCK_MS;
    reanchored = true;
  }
  if (lockEndMs !== null && lockEndMs <= nowMs) return fresh;
  let firstMs = Date.parse(row.first_failed_at);
  if (Number.isNaN(firstMs) || firstMs > nowMs) firstMs = nowMs;
  if (lockEndMs === null && nowMs - firstMs > WINDOW_MS) return fresh;
  return { count: row.failed_count, firstMs, lockEndMs, reanchored };
}

const retryAfter = (lockEndMs: number, nowMs: number) => Math.max(1, Math.ceil((lockEndMs - nowMs) / 1000));

function limited(seconds: number): RateLimitedError {
  return new RateLimitedError('Too many failed logins. Try again later.', seconds);
}

function save(db: Sqlite, key: string, s: State): void {
  authRepo.saveLoginAttempt(db, {
    key,
    failed_count: s.count,
    first_failed_at: new Date(s.firstMs).toISOString(),
    locked_until: s.lockEndMs === null ? null : new Date(s.lockEndMs).toISOString(),
  });
}

/**
 * A quick read before any work is queued: a locked key is answered at once. The write in
 * reserve() is what decides; a lock that needs re-anchoring is left to it (it persists it).
 */
export function precheck(ctx: ServiceContext, keys: string[]): void {
  const nowMs = Date.now();
  for (const key of keys) {
    const s = evaluate(authRepo.getLoginAttempt(ctx.db, key), nowMs);
    if (s.lockEndMs !== null && !s.reanchored) throw limited(retryAfter(s.lockEndMs, nowMs));
  }
}

function roomFor(db: Sqlite, nowMs: number, loopback: boolean): boolean {
  if (authRepo.countLoginAttempts(db) < MAX_RECORDS) return true;
  const now = new Date(nowMs).toISOString();
  authRepo.deleteStaleLoginAttempts(db, new Date(nowMs - WINDOW_MS).toISOString(), now, 2000);
  return loopback || authRepo.countLoginAttempts(db) < MAX_RECORDS;
}

/** Inside a write: checks every key and, when none is locked, counts the attempt on all of them. */
function reserveIn(db: Sqlite, keys: string[], nowMs: number, loopback: boolean): number | null {
  const rows = keys.map((key) => authRepo.getLoginAttempt(db, key));
  const states = rows.map((row) => evaluate(row, nowMs));
  const locked = states.filter((s) => s.lockEndMs !== null);
  if (locked.length) {
    states.forEach((s, i) => s.reanchored && save(db, keys[i]!, s));
    return Math.max(...locked.map((s) => retryAfter(s.lockEndMs!, nowMs)));
  }
  if (rows.some((r) => !r) && !roomFor(db, nowMs, loopback)) return FULL_RETRY_S;
  states.forEach((s, i) => {
    s.count += 1;
    if (s.count >= MAX_FAILURES) s.lockEndMs = nowMs + LOCK_MS;
    save(db, keys[i]!, s);
  });
  return null;
}

/** Counts an attempt before its password is checked, or throws the 429 it gets instead. */
export async function reserve(ctx: ServiceContext, keys: string[], client: Client): Promise<void> {
  const wait = await ctx.writer.write((tx) => reserveIn(tx.db, keys, Date.parse(tx.now), client.loopback));
  if (wait !== null) throw limited(wait);
}

/** In the write that logs in: the attempt succeeded, so it is given back (a lock stays). */
export function refundIn(db: Sqlite, keys: string[], nowMs: number): void {
  for (const key of keys) {
    const row = authRepo.getLoginAttempt(db, key);
    if (!row) continue;
    const s = evaluate(row, nowMs);
    s.count = Math.max(0, s.count - 1);
    if (s.count === 0 && s.lockEndMs === null) authRepo.clearLoginAttempts(db, key);
    else save(db, key, s);
  }
}

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
import * as authRepo from '../repositories/auth.repository';
import { RateLimitedError } from '../errors/app-error';
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
}

type Row = ReturnType<typeof authRepo.getLoginAttempt>;

function fromRow(row: Row): State | null {
  if (!row) return null;
  const lockEndMs = row.locked_until ? Date.parse(row.locked_until) : null;
  return {
    count: row.failed_count,
    firstMs: Date.parse(row.first_failed_at),
    lockEndMs: Number.isNaN(lockEndMs) ? null : lockEndMs,
  };
}

/**
 * The state as of now: a window or lock that has passed starts afresh, a lock that lies too
 * far ahead (the clock went back) is re-anchored; `changed` says it must be written back.
 */
function current(s: State | null, nowMs: number): { s: State; changed: boolean } {
  if (!s) return { s: { count: 0, firstMs: nowMs, lockEndMs: null }, changed: false };
  const next = { ...s };
  let changed = false;
  if (next.lockEndMs !== null && next.lockEndMs - nowMs > LOCK_MS) {
    next.lockEndMs = nowMs + LOCK_MS;
    changed = true;
  }
  if (Number.isNaN(next.firstMs) || next.firstMs > nowMs) {
    next.firstMs = nowMs;
    changed = true;
  }
  const lockOver = next.lockEndMs !== null && next.lockEndMs <= nowMs;
  const windowOver = next.lockEndMs === null && nowMs - next.firstMs > WINDOW_MS;
  if (lockOver || windowOver) return { s: { count: 0, firstMs: nowMs, lockEndMs: null }, changed: true };
  return { s: next, changed };
}

const retryAfter = (lockEndMs: number, nowMs: number) => Math.max(1, Math.ceil((lockEndMs - nowMs) / 1000));

function limited(seconds: number): RateLimitedError {
  return new RateLimitedError('Too many failed logins. Try again later.', seconds);
}

/**
 * The live counts, per server: the decision is taken here, synchronously, so no two attempts
 * can both pass a check that only one of them should; the database keeps them across restarts
 * (loaded on first use of a key) and is written in the same order.
 */
const live = new WeakMap<ServiceContext, Map<string, State>>();

function table(ctx: ServiceContext): Map<string, State> {
  let m = live.get(ctx);
  if (!m) live.set(ctx, (m = new Map()));
  return m;
}

function load(ctx: ServiceContext, key: string): State | null {
  const m = table(ctx);
  if (m.has(key)) return m.get(key)!;
  const s = fromRow(authRepo.getLoginAttempt(ctx.db, key));
  if (s) m.set(key, s);
  return s;
}

function persist(ctx: ServiceContext, entries: [string, State][]): Promise<void> {
  return ctx.writer.write((tx) => {
    for (const [key, s] of entries) {
      if (s.count === 0 && s.lockEndMs === null) authRepo.clearLoginAttempts(tx.db, key);
      else
        authRepo.saveLoginAttempt(tx.db, {
          key,
          failed_count: s.count,
          first_failed_at: new Date(s.firstMs).toISOString(),
          locked_until: s.lockEndMs === null ? null : new Date(s.lockEndMs).toISOString(),
        });
    }
  });
}

/** Keeps the live table (and so the database) bounded; false when it is full of live locks. */
function roomFor(ctx: ServiceContext, nowMs: number, loopback: boolean): boolean {
  const m = table(ctx);
  if (m.size < MAX_RECORDS && authRepo.countLoginAttempts(ctx.db) < MAX_RECORDS) return true;
  for (const [key, s] of m) if (current(s, nowMs).s.count === 0) m.delete(key);
  const now = new Date(nowMs).toISOString();
  authRepo.deleteStaleLoginAttempts(ctx.db, new Date(nowMs - WINDOW_MS).toISOString(), now, 5000);
  return loopback || (m.size < MAX_RECORDS && authRepo.countLoginAttempts(ctx.db) < MAX_RECORDS);
}

/** Throws the 429 an attempt gets when one of its keys is locked (no side effects but a re-anchor). */
export function check(ctx: ServiceContext, keys: string[]): void {
  const nowMs = Date.now();
  const changed: [string, State][] = [];
  let wait = 0;
  for (const key of keys) {
    const { s, changed: c } = current(load(ctx, key), nowMs);
    if (c) {
      table(ctx).set(key, s);
      changed.push([key, s]);
    }
    if (s.lockEndMs !== null) wait = Math.max(wait, retryAfter(s.lockEndMs, nowMs));
  }
  if (changed.length) void persist(ctx, changed).catch((e: unknown) => ctx.log.warn('login throttle:', e));
  if (wait) throw limited(wait);
}

/**
 * Counts an attempt on every key before its password is checked, synchronously with the
 * check, or throws the 429 it gets instead. Resolves once the count is on disk.
 */
export function reserve(ctx: ServiceContext, keys: string[], client: Client): Promise<void> {
  check(ctx, keys);
  const nowMs = Date.now();
  const fresh = keys.some((key) => !table(ctx).has(key));
  if (fresh && !roomFor(ctx, nowMs, client.loopback)) throw limited(FULL_RETRY_S);
  const entries = keys.map((key): [string, State] => {
    const { s } = current(load(ctx, key), nowMs);
    s.count += 1;
    if (s.count >= MAX_FAILURES) s.lockEndMs = nowMs + LOCK_MS;
    table(ctx).set(key, s);
    return [key, s];
  });
  return persist(ctx, entries);
}

/** The attempt succeeded: it is given back (a lock already in force stays until it ends). */
export function refund(ctx: ServiceContext, keys: string[]): Promise<void> {
  const nowMs = Date.now();
  const entries = keys.map((key): [string, State] => {
    const { s } = current(load(ctx, key), nowMs);
    s.count = Math.max(0, s.count - 1);
    // Kept even at zero until pruned: the database row may not be deleted yet.
    table(ctx).set(key, s);
    return [key, s];
  });
  return persist(ctx, entries);
}

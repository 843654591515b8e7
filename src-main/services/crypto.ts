/** Password hashing (scrypt, per-password salt) and opaque tokens stored as SHA-256. */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

/**
 * Each hash takes 16 MiB on a libuv thread, and glibc keeps a thread's arena once it has grown:
 * a burst of parallel logins would leave the server ~60 MiB larger for good. Two at a time is
 * plenty for a store (a login costs ~50 ms) and keeps a core free for orders.
 *
 * Logins wait in a bounded queue (SPEC S1): a flood of bogus logins from the LAN gets an
 * immediate 503 beyond MAX_WAITING instead of delaying everyone for seconds, and logins from
 * the store PC (urgent) go ahead of every LAN login, so it can always log in.
 */
export const MAX_PARALLEL = 2;
export const MAX_WAITING = 8;
/** The store PC's own logins have their own bound: they only ever compete with each other. */
const MAX_URGENT_WAITING = 8;

let running = 0;
const urgentQueue: (() => void)[] = [];
const normalQueue: (() => void)[] = [];
/** Login tickets handed out and not yet queued or released: they hold a place in the queue. */
const held = { urgent: 0, normal: 0 };
/** The most LAN hashes ever waiting at once, and logins refused for a full queue (tests read them). */
export const hashQueueStats = { peakWaiting: 0, refused: 0 };

async function withSlot<T>(work: () => Promise<T>, urgent = false): Promise<T> {
  // A finishing hash hands its slot straight to the next waiter, so never more than MAX_PARALLEL run.
  if (running >= MAX_PARALLEL) {
    await new Promise<void>((resolve) => {
      (urgent ? urgentQueue : normalQueue).push(resolve);
      hashQueueStats.peakWaiting = Math.max(hashQueueStats.peakWaiting, normalQueue.length);
    });
  } else running += 1;
  try {
    return await work();
  } finally {
    const next = urgentQueue.shift() ?? normalQueue.shift();
    if (next) next();
    else running -= 1;
  }
}

export interface HashTicket {
  /** Checks a password in the place this ticket holds (once). */
  verify(password: string, stored: string): Promise<boolean>;
  /** Gives the place back when verify() was never called; harmless after it. */
  release(): void;
}

/**
 * A place in the login queue, taken synchronously when the request arrives; null when the
 * queue is full (answer 503 at once). Urgent (store PC) tickets are refused only beyond their
 * own bound.
 */
export function takeHashTicket(urgent: boolean): HashTicket | null {
  const kind = urgent ? 'urgent' : 'normal';
  const queued = (urgent ? urgentQueue.length : normalQueue.length) + held[kind];
  const free = Math.max(0, MAX_PARALLEL - running);
  if (queued >= (urgent ? MAX_URGENT_WAITING : MAX_WAITING) + free) {
    hashQueueStats.refused += 1;
    return null;
  }
  held[kind] += 1;
  let open = true;
  const give = () => {
    if (open) held[kind] -= 1;
    open = false;
  };
  return {
    verify(password, stored) {
      if (!open) return Promise.reject(new Error('hash ticket already used'));
      give();
      return verifyWith(password, stored, urgent);
    },
    release: give,
  };
}

function scryptAsync(
  password: string,
  salt: Buffer,
  n: number,
  r: number,
  p: number,
  urgent = false,
): Promise<Buffer> {
  return withSlot(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
    urgent,
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return verifyWith(password, stored, false);
}

async function verifyWith(password: string, stored: string, urgent: boolean): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    urgent,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that costs as much as a real one: keeps unknown accounts as slow as known ones. */
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEYLEN).toString('base64url')}`;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** Pairing codes a person could type too: 8 characters without look-alikes. */
export function newPairingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

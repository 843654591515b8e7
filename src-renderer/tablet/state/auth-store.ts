/**
 * The tablet's identity (T1): what it needs to log itself in again after reloads, server
 * restarts and token expiry, without anyone typing. Login and pairing give a device key: a
 * long-lived key the store can revoke, kept here instead of the table password. A 401 on it
 * means the tablet was unpaired (password changed, table deleted, manager's unpair action).
 */
import { createStore, useStore } from 'zustand';
import { ApiError, createApiClient } from '../../common/api';
import type { DeviceLoginResponse, GuestLoginResponse, TableLoginResponse } from '../../../src-shared/types';
import { persistedStore } from './storage';

export interface TableCredentials {
  store_code: string;
  table_number: number;
  /** The key from login or pairing; absent once unpaired. */
  device_key?: string | null;
  /**
   * Only in what versions before device keys saved: traded for a device key at the next
   * login and then forgotten.
   */
  password?: string | null;
}

export interface TableSession {
  token: string;
  expires_at: string;
  table_id: number;
  table_number: number;
  store_code: string;
  store_name: string;
  /**
   * A guest's phone (T11): logged in by the tablet's invite, no device key, no staff or setup
   * actions; the token cannot be renewed and dies with the seating.
   */
  guest?: true;
}

/** Why setup shows: unpaired by the store, or a QR pairing from before device keys ran out. */
export type SetupReason = 'unpaired' | 'pairing_expired' | 'password_changed';

/** Why a guest phone cannot order (any more): the visit ended, or the invite was not valid. */
export type GuestEndReason = 'ended' | 'invalid';

export type AuthState =
  | { status: 'setup'; reason: SetupReason | null }
  | { status: 'ready'; session: TableSession }
  | { status: 'guest-ended'; reason: GuestEndReason };

const credentials = persistedStore<TableCredentials | null>('credentials', null);
const session = persistedStore<TableSession | null>('session', null);
const setupReason = persistedStore<SetupReason | null>('setup-reason', null);
/** Kept on a phone whose guest login ended, so a reload shows the end, never the tablet setup. */
const guestEnded = persistedStore<GuestEndReason | null>('guest-ended', null);

/** Login and pairing calls carry no token. */
const anonymous = createApiClient();

const auth = createStore<AuthState>(compute);

function compute(): AuthState {
  const s = session.get();
  if (s) return { status: 'ready', session: s };
  const ended = guestEnded.get();
  return ended ? { status: 'guest-ended', reason: ended } : { status: 'setup', reason: setupReason.get() };
}

function publish() {
  auth.setState(compute(), true);
}

export function getAuth(): AuthState {
  return auth.getState();
}

export function useAuth(): AuthState {
  return useStore(auth);
}

export function currentToken(): string | null {
  return session.get()?.token ?? null;
}

export function savedCredentials(): TableCredentials | null {
  return credentials.get();
}

function accept(res: TableLoginResponse | DeviceLoginResponse, creds: TableCredentials) {
  credentials.set({
    store_code: res.store.code,
    table_number: res.table.table_number,
    device_key: 'device_key' in res ? res.device_key : (creds.device_key ?? null),
  });
  session.set({
    token: res.token,
    expires_at: res.expires_at,
    table_id: res.table.id,
    table_number: res.table.table_number,
    store_code: res.store.code,
    store_name: res.store.name,
  });
  setupReason.set(null);
  publish();
  scheduleRefresh();
}

/** Setup with store code, table number and password. Throws ApiError for the form to explain. */
export async function loginWithPassword(creds: {
  store_code: string;
  table_number: number;
  password: string;
}): Promise<TableLoginResponse> {
  const res = await anonymous.post<TableLoginResponse>('/api/table/login', creds);
  accept(res, { store_code: creds.store_code, table_number: creds.table_number });
  return res;
}

/** Pairing with the admin's QR code (single use, 10 min). */
export async function pairWithCode(code: string): Promise<TableLoginResponse> {
  const res = await anonymous.post<TableLoginResponse>('/api/table/pair', { pairing_code: code });
  accept(res, { store_code: res.store.code, table_number: res.table.table_number });
  return res;
}

export function isGuest(): boolean {
  return !!session.get()?.guest;
}

/** This device is a paired table tablet (it keeps a device key), not a guest's phone. */
export function isPairedTablet(): boolean {
  return !!credentials.get()?.device_key && !isGuest();
}

/** A guest's phone logs in with the code of the tablet's QR (T11); no device key is kept. */
export async function guestLogin(code: string): Promise<GuestLoginResponse> {
  try {
    const res = await anonymous.post<GuestLoginResponse>('/api/table/guest-login', { code });
    if (refreshTimer) clearTimeout(refreshTimer);
    credentials.set(null);
    guestEnded.set(null);
    session.set({
      token: res.token,
      expires_at: res.expires_at,
      table_id: res.table.id,
      table_number: res.table.table_number,
      store_code: res.store.code,
      store_name: res.store.name,
      guest: true,
    });
    publish();
    return res;
  } catch (e) {
    // Refused (used up, expired): the phone says so instead of showing the tablet setup.
    // A table tablet waiting in setup (it keeps its store code) stays in setup.
    if (e instanceof ApiError && e.status >= 400 && e.status < 500 && !session.get() && !credentials.get()) {
      guestEnded.set('invalid');
      publish();
    }
    throw e;
  }
}

const guestEndListeners = new Set<() => void>();

/** Called when a guest's visit ends, to forget its cart and waiting requests. */
export function onGuestEnded(listener: () => void): () => void {
  guestEndListeners.add(listener);
  return () => guestEndListeners.delete(listener);
}

/** The guest phone's seating ended (session.ended, or its token refused): show the end screen. */
export function endGuest(): void {
  if (!isGuest()) return;
  if (refreshTimer) clearTimeout(refreshTimer);
  session.set(null);
  guestEnded.set('ended');
  publish();
  guestEndListeners.forEach((l) => l());
}

/**
 * Back to the setup screen (staff asked for it, or the tablet was unpaired). The key goes; the
 * store code and table number stay to fill in the form.
 */
export function signOut(reason: SetupReason | null): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  session.set(null);
  setupReason.set(reason);
  const creds = credentials.get();
  if (creds) credentials.set({ store_code: creds.store_code, table_number: creds.table_number });
  publish();
}

let inFlight: Promise<void> | null = null;

async function loginAgain(creds: TableCredentials | null): Promise<void> {
  if (isGuest()) {
    // A guest token is never renewed: refused means the seating is over.
    endGuest();
    throw new ApiError('Visit ended', 401, 'AUTH_ERROR');
  }
  if (creds?.device_key) {
    const body = { device_key: creds.device_key };
    accept(await anonymous.post<DeviceLoginResponse>('/api/table/device-login', body), creds);
  } else if (creds?.password) {
    const body = { store_code: creds.store_code, table_number: creds.table_number, password: creds.password };
    accept(await anonymous.post<TableLoginResponse>('/api/table/login', body), creds);
  } else {
    signOut('pairing_expired');
    throw new ApiError('Pairing expired', 401, 'AUTH_ERROR');
  }
}

/**
 * Gets a fresh token after a 401 (expired or revoked) or at expiry. Resolves when a new token
 * is in place; rejects with the ApiError when the server cannot be reached or is locked (the
 * caller retries later). A refused key sends the tablet to setup, saying it was unpaired.
 */
export function relogin(): Promise<void> {
  // A 401 that arrives after the tablet has already gone back to setup (another request found
  // the key refused first) must not replace the reason shown there.
  if (!inFlight && getAuth().status !== 'ready') {
    return Promise.reject(new ApiError('Not logged in', 401, 'AUTH_ERROR'));
  }
  inFlight ??= loginAgain(credentials.get())
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401 && getAuth().status === 'ready') signOut('unpaired');
      throw e;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

const EARLY_MS = 60_000;
const RETRY_MS = 30_000;
/**
 * Renewals are at least this far apart: a tablet whose clock runs far ahead of the store PC's
 * sees every new token as expired already and would otherwise ask again and again.
 */
const MIN_RENEW_MS = 10 * 60_000;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;

/** A tablet left open renews its token a minute before it expires, not at the guest's next tap. */
function scheduleRefresh(delayMs?: number): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  const s = session.get();
  if (!s || s.guest) return;
  const wait = delayMs ?? Math.max(MIN_RENEW_MS, Date.parse(s.expires_at) - EARLY_MS - Date.now());
  // Capped at a day (setTimeout fires at once beyond 2^31 ms); it reschedules itself.
  refreshTimer = setTimeout(
    () => {
      refreshTimer = null;
      if (Date.parse(session.get()?.expires_at ?? '') - EARLY_MS > Date.now()) return scheduleRefresh();
      relogin().catch(() => {
        if (getAuth().status === 'ready') scheduleRefresh(RETRY_MS);
      });
    },
    Math.min(wait, 24 * 3600_000),
  );
}

/**
 * At start: a token past its expiry is replaced before the first call needs it, and credentials
 * of an older version (password, no key) are traded for a device key at once.
 */
export function refreshIfExpired(): void {
  const s = session.get();
  if (!s) return;
  if (s.guest) {
    if (Date.parse(s.expires_at) <= Date.now()) endGuest();
    return;
  }
  const legacy = !!credentials.get()?.password;
  if (legacy || Date.parse(s.expires_at) <= Date.now() + EARLY_MS) {
    relogin().catch(() => {
      if (getAuth().status === 'ready') scheduleRefresh(RETRY_MS);
    });
  } else scheduleRefresh();
}

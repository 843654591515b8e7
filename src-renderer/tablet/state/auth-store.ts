/**
 * The tablet's identity (T1): what it needs to log itself in again after reloads, server
 * restarts and token expiry, without anyone typing. The table password is kept on purpose —
 * the tablet is the table's own device; a paired-only tablet keeps just the token.
 */
import { createStore, useStore } from 'zustand';
import { ApiError, createApiClient } from '../../common/api';
import type { TableLoginResponse } from '../../../src-shared/types';
import { persistedStore } from './storage';

export interface TableCredentials {
  store_code: string;
  table_number: number;
  /** null after QR pairing: such a tablet cannot log in again by itself. */
  password: string | null;
}

export interface TableSession {
  token: string;
  expires_at: string;
  table_id: number;
  table_number: number;
  store_code: string;
  store_name: string;
}

export type SetupReason = 'password_changed' | 'pairing_expired';

export type AuthState =
  { status: 'setup'; reason: SetupReason | null } | { status: 'ready'; session: TableSession };

const credentials = persistedStore<TableCredentials | null>('credentials', null);
const session = persistedStore<TableSession | null>('session', null);
const setupReason = persistedStore<SetupReason | null>('setup-reason', null);

/** Login and pairing calls carry no token. */
const anonymous = createApiClient();

const auth = createStore<AuthState>(compute);

function compute(): AuthState {
  const s = session.get();
  return s ? { status: 'ready', session: s } : { status: 'setup', reason: setupReason.get() };
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

function accept(res: TableLoginResponse, creds: TableCredentials) {
  credentials.set(creds);
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
}

/** Setup with store code, table number and password. Throws ApiError for the form to explain. */
export async function loginWithPassword(creds: TableCredentials): Promise<TableLoginResponse> {
  const res = await anonymous.post<TableLoginResponse>('/api/table/login', creds);
  accept(res, creds);
  return res;
}

/** Pairing with the admin's QR code (single use, 10 min). */
export async function pairWithCode(code: string): Promise<TableLoginResponse> {
  const res = await anonymous.post<TableLoginResponse>('/api/table/pair', { pairing_code: code });
  accept(res, { store_code: res.store.code, table_number: res.table.table_number, password: null });
  return res;
}

/** Back to the setup screen (staff asked for it, or the tablet can no longer log in). */
export function signOut(reason: SetupReason | null): void {
  session.set(null);
  setupReason.set(reason);
  const creds = credentials.get();
  if (creds && reason === 'password_changed') credentials.set({ ...creds, password: null });
  publish();
}

let inFlight: Promise<void> | null = null;

/**
 * Gets a fresh token after a 401 (expired or revoked). Resolves when a new token is in
 * place; rejects with the ApiError when the server cannot be reached or is locked (the
 * caller retries later). A refused password sends the tablet to setup.
 */
export function relogin(): Promise<void> {
  inFlight ??= (async () => {
    const creds = credentials.get();
    if (!creds?.password) {
      signOut('pairing_expired');
      throw new ApiError('Pairing expired', 401, 'AUTH_ERROR');
    }
    try {
      const res = await anonymous.post<TableLoginResponse>('/api/table/login', creds);
      accept(res, creds);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) signOut('password_changed');
      throw e;
    }
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** At start: a token past its expiry is replaced before the first call needs it. */
export function refreshIfExpired(): void {
  const s = session.get();
  if (s && Date.parse(s.expires_at) <= Date.now() + 60_000) relogin().catch(() => undefined);
}

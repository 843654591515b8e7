/** The kitchen login kept on this device for the shift (the token lasts 16 h on the server). */
import { useSyncExternalStore } from 'react';
import type { AdminLoginResponse } from '../../../src-shared/types';

const KEY = 'table-order.kitchen.session';
const STORE_CODE_KEY = 'table-order.kitchen.store-code';
const listeners = new Set<() => void>();

export type LogoutReason = 'expired' | 'unauthorized' | 'logout';

export interface KitchenSession {
  token: string;
  expiresAt: string;
  username: string;
  role: string;
  storeName: string;
}

let cachedRaw: string | null | undefined;
let cached: KitchenSession | null = null;
/** Why the last session ended, shown once on the login screen. */
let lastReason: LogoutReason | null = null;

function read(): KitchenSession | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    cached = raw ? (JSON.parse(raw) as KitchenSession) : null;
  } catch {
    cached = null;
  }
  return cached;
}

const notify = () => listeners.forEach((l) => l());

export function getToken(): string | null {
  const s = read();
  return s && new Date(s.expiresAt).getTime() > Date.now() ? s.token : null;
}

export function saveSession(login: AdminLoginResponse, storeCode: string): void {
  const session: KitchenSession = {
    token: login.token,
    expiresAt: login.expires_at,
    username: login.staff.username,
    role: login.staff.role,
    storeName: login.store.name,
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  localStorage.setItem(STORE_CODE_KEY, storeCode);
  lastReason = null;
  notify();
}

export function clearSession(reason: LogoutReason): void {
  if (!read()) return;
  localStorage.removeItem(KEY);
  lastReason = reason;
  notify();
}

export function logoutReason(): LogoutReason | null {
  return lastReason;
}

export function lastStoreCode(): string {
  try {
    return localStorage.getItem(STORE_CODE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useSession(): KitchenSession | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      // Another tab logging in or out of this device changes the board too.
      window.addEventListener('storage', cb);
      return () => {
        listeners.delete(cb);
        window.removeEventListener('storage', cb);
      };
    },
    read,
    () => null,
  );
}

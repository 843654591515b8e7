/**
 * The staff login kept in localStorage so it survives reloads until `expires_at` (16 h).
 * A small external store: React reads it with useSyncExternalStore, the API client
 * reads the token without React.
 */
import { useSyncExternalStore } from 'react';
import type { AdminLoginResponse } from '../../src-shared/types';

const KEY = 'table-order.admin.session';

export type LogoutReason = 'expired' | 'unauthorized' | 'logout' | null;

interface State {
  session: AdminLoginResponse | null;
  reason: LogoutReason;
}

const listeners = new Set<() => void>();
let expiryTimer: ReturnType<typeof setTimeout> | null = null;
let state: State = { session: load(), reason: null };

function load(): AdminLoginResponse | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as AdminLoginResponse;
    if (!s.token || !(Date.parse(s.expires_at) > Date.now())) {
      localStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

function emit(next: State) {
  state = next;
  armExpiry();
  listeners.forEach((l) => l());
}

/** Log out by itself when the token's 16 h are over, even if the page stays open. */
function armExpiry() {
  if (expiryTimer) clearTimeout(expiryTimer);
  expiryTimer = null;
  const s = state.session;
  if (!s) return;
  // setTimeout overflows above ~24.8 days; 16 h is far below.
  const ms = Math.max(0, Date.parse(s.expires_at) - Date.now());
  expiryTimer = setTimeout(() => endSession('expired'), ms);
}
armExpiry();

export function startSession(session: AdminLoginResponse): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Private mode: the login lasts for this page only.
  }
  emit({ session, reason: null });
}

export function endSession(reason: LogoutReason): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  emit({ session: null, reason });
}

export function getToken(): string | null {
  return state.session?.token ?? null;
}

export function useAuth(): State {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => state,
  );
}

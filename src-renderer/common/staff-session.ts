/**
 * The staff login of the admin and kitchen apps: token, staff member, store and expiry, kept in
 * localStorage so it survives reloads until `expires_at` (16 h on the server). The session ends
 * by itself when that time comes, even if the page stays open; another tab logging in or out
 * on the same device changes this one too. The API client reads the token without React.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { AdminLoginResponse } from '../../src-shared/types';

export type StaffSession = AdminLoginResponse;
export type LogoutReason = 'expired' | 'unauthorized' | 'logout';

export interface StaffSessionState {
  session: StaffSession | null;
  /** Why the last session ended, for the login screen; null after a login. */
  reason: LogoutReason | null;
}

export interface StaffSessionStore {
  store: StoreApi<StaffSessionState>;
  start(session: StaffSession): void;
  end(reason: LogoutReason): void;
  /** The token while it is still valid, else null. */
  getToken(): string | null;
  useSession(): StaffSessionState;
}

const alive = (s: StaffSession | null): s is StaffSession =>
  !!s?.token && Date.parse(s.expires_at) > Date.now();

export function createStaffSession(key: string): StaffSessionStore {
  const read = (): StaffSession | null => {
    try {
      const raw = localStorage.getItem(key);
      const s = raw ? (JSON.parse(raw) as StaffSession) : null;
      if (alive(s)) return s;
      if (raw) localStorage.removeItem(key);
    } catch {
      // Unreadable or private mode: no stored login.
    }
    return null;
  };

  const store = createStore<StaffSessionState>(() => ({ session: read(), reason: null }));
  let expiryTimer: ReturnType<typeof setTimeout> | null = null;

  const end = (reason: LogoutReason) => {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing stored
    }
    if (store.getState().session) store.setState({ session: null, reason });
  };

  // setTimeout overflows above ~24.8 days; 16 h is far below, the cap only guards bad data.
  const armExpiry = ({ session }: StaffSessionState) => {
    if (expiryTimer) clearTimeout(expiryTimer);
    expiryTimer = null;
    if (!session) return;
    const ms = Math.max(0, Date.parse(session.expires_at) - Date.now());
    expiryTimer = setTimeout(() => end('expired'), Math.min(ms, 2 ** 31 - 1));
  };
  store.subscribe(armExpiry);
  armExpiry(store.getState());

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key !== key) return;
      const next = read();
      if (next?.token !== store.getState().session?.token) {
        store.setState({ session: next, reason: null });
      }
    });
  }

  return {
    store,
    start(session) {
      try {
        localStorage.setItem(key, JSON.stringify(session));
      } catch {
        // Private mode: the login lasts for this page only.
      }
      store.setState({ session, reason: null });
    },
    end,
    getToken: () => {
      const s = store.getState().session;
      return alive(s) ? s.token : null;
    },
    useSession: () => useStore(store),
  };
}

// @vitest-environment happy-dom
/** The shared staff session of the admin and kitchen apps: reload, expiry, other tabs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStaffSession } from '../../../src-renderer/common/staff-session';
import type { AdminLoginResponse } from '../../../src-shared/types';

const KEY = 'test.session';
const login = (msLeft: number, token = 'tok-1'): AdminLoginResponse => ({
  token,
  expires_at: new Date(Date.now() + msLeft).toISOString(),
  staff: { id: 1, username: 'admin', role: 'manager' },
  store: { id: 1, code: 'demo', name: 'Demo' } as AdminLoginResponse['store'],
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

describe('staff session', () => {
  it('survives a reload: a new store on the same key finds the login', () => {
    const first = createStaffSession(KEY);
    first.start(login(60_000));
    const reloaded = createStaffSession(KEY);
    expect(reloaded.getToken()).toBe('tok-1');
    expect(reloaded.store.getState().session?.staff.username).toBe('admin');
  });

  it('drops a stored login that has already expired', () => {
    localStorage.setItem(KEY, JSON.stringify(login(-1000)));
    const s = createStaffSession(KEY);
    expect(s.getToken()).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('logs out by itself at the expiry time and says why', () => {
    vi.useFakeTimers();
    const s = createStaffSession(KEY);
    s.start(login(5000));
    vi.advanceTimersByTime(4000);
    expect(s.store.getState().session).not.toBeNull();
    vi.advanceTimersByTime(1500);
    expect(s.store.getState()).toEqual({ session: null, reason: 'expired' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('end() forgets the login and keeps the reason for the login screen', () => {
    const s = createStaffSession(KEY);
    s.start(login(60_000));
    s.end('unauthorized');
    expect(s.getToken()).toBeNull();
    expect(s.store.getState().reason).toBe('unauthorized');
    expect(createStaffSession(KEY).getToken()).toBeNull();
  });

  it('follows a login made in another tab of the same device', () => {
    const s = createStaffSession(KEY);
    localStorage.setItem(KEY, JSON.stringify(login(60_000, 'tok-other')));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(s.getToken()).toBe('tok-other');
  });
});

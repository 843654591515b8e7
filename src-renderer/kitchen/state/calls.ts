/**
 * The kitchen board's staff calls (T9): the shared call store, fed by use-board's admin stream
 * (list on mount, snapshot and resync; call.* events). A new call rings the call sound unless
 * the board is muted, and the C key moves the oldest call on, like a bump.
 */
import { useEffect, useRef } from 'react';
import { createApiClient } from '../../common/api';
import { playCallSound } from '../../common/call-sound';
import { callOrder } from '../../common/CallBar';
import { createCallStore } from '../../common/staff-calls';
import { clearSession, getToken } from './session';

const api = createApiClient({ getToken, onUnauthorized: () => clearSession('unauthorized') });
let muted = false;

export const kitchenCalls = createCallStore(() => {
  if (!muted) playCallSound();
});

export const setCallsMuted = (value: boolean) => {
  muted = value;
};

export const loadCalls = () => kitchenCalls.load(api).catch(() => undefined);

/**
 * C: the oldest open call → 확인; with none open, the oldest acknowledged one → 완료. The same
 * entry is first in the bar, so the key does what the first entry's button would.
 */
export function stepOldestCall(): void {
  const first = callOrder(kitchenCalls.store.getState().calls)[0];
  if (first) void kitchenCalls.setStatus(api, first, first.status === 'open' ? 'acknowledged' : 'done');
}

export const setCallStatus = kitchenCalls.setStatus.bind(null, api);

/** The C key (and c), unless a dialog or field has the keyboard. */
export function useCallKey(enabled: boolean): void {
  const on = useRef(enabled);
  useEffect(() => {
    on.current = enabled;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!on.current || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select, dialog')) return;
      if (e.key !== 'c' && e.key !== 'C') return;
      e.preventDefault();
      stepOldestCall();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

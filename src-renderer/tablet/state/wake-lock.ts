/**
 * Keeps a table tablet's screen on while the ordering screen is open (Screen Wake Lock). The
 * browser releases the lock whenever the page is hidden (screen off, another app, tab switch),
 * so it is asked for again each time the page becomes visible. Only secure contexts have the
 * API (https, localhost): on plain LAN http, or in browsers without it, nothing happens.
 */
import { useEffect } from 'react';

/** A WakeLockSentinel, as far as it is used here. */
interface Lock {
  readonly released?: boolean;
  release(): Promise<void>;
}

/** What this module needs of the page; the real `navigator` and `document` in the app. */
export interface WakeLockHost {
  nav: { wakeLock?: { request(type: 'screen'): Promise<Lock> } };
  doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  secure: boolean;
}

const realHost = (): WakeLockHost => ({
  nav: navigator as WakeLockHost['nav'],
  doc: document,
  secure: window.isSecureContext,
});

/** Holds the screen on until the returned function is called. */
export function keepScreenOn(host: WakeLockHost = realHost()): () => void {
  const api = host.nav.wakeLock;
  if (!host.secure || !api || typeof api.request !== 'function') return () => {};
  let stopped = false;
  let held: Lock | null = null;
  let asking = false;

  const acquire = () => {
    if (stopped || held || asking || host.doc.visibilityState !== 'visible') return;
    asking = true;
    api.request('screen').then(
      (lock) => {
        asking = false;
        if (stopped) void lock.release().catch(() => {});
        else {
          held = lock;
          // Released by the browser when the page is hidden: forget it, ask again when visible.
          (lock as Partial<EventTarget>).addEventListener?.('release', () => {
            if (held === lock) held = null;
          });
        }
      },
      // Refused (battery saver, page hidden meanwhile, policy): the screen just dims as usual,
      // and the next visibilitychange tries again.
      () => {
        asking = false;
      },
    );
  };
  const onVisibility = () => {
    if (host.doc.visibilityState !== 'visible') return;
    // A lock the browser dropped while the page was hidden (its `released` is then true).
    if (held?.released) held = null;
    acquire();
  };

  host.doc.addEventListener('visibilitychange', onVisibility);
  acquire();
  return () => {
    stopped = true;
    host.doc.removeEventListener('visibilitychange', onVisibility);
    void held?.release().catch(() => {});
    held = null;
  };
}

/** The screen stays on while the calling component is shown and `enabled` is true. */
export function useWakeLock(enabled: boolean): void {
  useEffect(() => (enabled ? keepScreenOn() : undefined), [enabled]);
}

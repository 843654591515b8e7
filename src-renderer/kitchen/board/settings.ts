/** Board settings kept per device (localStorage): ticket age thresholds and the mute switch. */
import { useSyncExternalStore } from 'react';

export interface BoardSettings {
  /** A ticket older than this many minutes turns amber. */
  warnMinutes: number;
  /** ...and red after this many. */
  lateMinutes: number;
  muted: boolean;
}

export const DEFAULT_SETTINGS: BoardSettings = { warnMinutes: 5, lateMinutes: 10, muted: false };
const KEY = 'table-order.kitchen.settings';
const listeners = new Set<() => void>();
let cached: BoardSettings | null = null;

function clampMinutes(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 && n <= 240 ? Math.round(n) : fallback;
}

function read(): BoardSettings {
  if (cached) return cached;
  let stored: Partial<BoardSettings>;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<BoardSettings>;
  } catch {
    stored = {};
  }
  const warnMinutes = clampMinutes(stored.warnMinutes, DEFAULT_SETTINGS.warnMinutes);
  const lateMinutes = Math.max(
    warnMinutes + 1,
    clampMinutes(stored.lateMinutes, DEFAULT_SETTINGS.lateMinutes),
  );
  cached = { warnMinutes, lateMinutes, muted: stored.muted === true };
  return cached;
}

export function saveSettings(patch: Partial<BoardSettings>): void {
  cached = { ...read(), ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(cached));
  } catch {
    // Private mode: the settings last for this page only.
  }
  listeners.forEach((l) => l());
}

export function useSettings(): BoardSettings {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    read,
    () => DEFAULT_SETTINGS,
  );
}

export type Age = 'fresh' | 'warn' | 'late';

export function ageOf(elapsedMs: number, s: BoardSettings): Age {
  const minutes = elapsedMs / 60_000;
  return minutes >= s.lateMinutes ? 'late' : minutes >= s.warnMinutes ? 'warn' : 'fresh';
}

/** Board settings kept per device (localStorage): ticket age thresholds and the mute switch. */
import { createStore, useStore } from 'zustand';

export interface BoardSettings {
  /** A ticket older than this many minutes turns amber. */
  warnMinutes: number;
  /** ...and red after this many. */
  lateMinutes: number;
  muted: boolean;
}

export const DEFAULT_SETTINGS: BoardSettings = { warnMinutes: 5, lateMinutes: 10, muted: false };
const KEY = 'table-order.kitchen.settings';

function clampMinutes(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 && n <= 240 ? Math.round(n) : fallback;
}

function read(): BoardSettings {
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
  return { warnMinutes, lateMinutes, muted: stored.muted === true };
}

const settings = createStore<BoardSettings>(() =>
  typeof localStorage === 'undefined' ? DEFAULT_SETTINGS : read(),
);

export function saveSettings(patch: Partial<BoardSettings>): void {
  settings.setState(patch);
  try {
    localStorage.setItem(KEY, JSON.stringify(settings.getState()));
  } catch {
    // Private mode: the settings last for this page only.
  }
}

export function useSettings(): BoardSettings {
  return useStore(settings);
}

export type Age = 'fresh' | 'warn' | 'late';

export function ageOf(elapsedMs: number, s: BoardSettings): Age {
  const minutes = elapsedMs / 60_000;
  return minutes >= s.lateMinutes ? 'late' : minutes >= s.warnMinutes ? 'warn' : 'fresh';
}

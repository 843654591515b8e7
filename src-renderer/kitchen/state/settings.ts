/**
 * Board settings kept per device (localStorage): ticket age thresholds (the fallback for dishes
 * without a prep target), the mute switch and the stations this screen shows.
 */
import { createStore, useStore } from 'zustand';

export interface BoardSettings {
  /** A ticket older than this many minutes turns amber. */
  warnMinutes: number;
  /** ...and red after this many. */
  lateMinutes: number;
  muted: boolean;
  /** Station ids this board shows (0 = the default station); empty = every station (expo). */
  stations: number[];
}

export const DEFAULT_SETTINGS: BoardSettings = {
  warnMinutes: 5,
  lateMinutes: 10,
  muted: false,
  stations: [],
};
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
  const stations = Array.isArray(stored.stations)
    ? [...new Set(stored.stations.filter((n): n is number => Number.isInteger(n) && n >= 0))]
    : [];
  return { warnMinutes, lateMinutes, muted: stored.muted === true, stations };
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

/** Share of a dish's prep target after which its ticket turns amber ("running out of time"). */
const PREP_WARN_SHARE = 0.7;

/**
 * A ticket with a prep target (the largest `prep_minutes` of its dishes) turns red when the
 * target is missed and amber at 70 % of it; without one, the device-wide minutes apply.
 */
export function ageOf(elapsedMs: number, s: BoardSettings, prepMinutes: number | null = null): Age {
  const minutes = elapsedMs / 60_000;
  const late = prepMinutes ?? s.lateMinutes;
  const warn = prepMinutes === null ? s.warnMinutes : prepMinutes * PREP_WARN_SHARE;
  return minutes >= late ? 'late' : minutes >= warn ? 'warn' : 'fresh';
}

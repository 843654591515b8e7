/**
 * Date ranges of the reports screen (A15). Every date is a store-local YYYY-MM-DD and every
 * step is calendar arithmetic in UTC, so the browser's own time zone never moves a day: "today"
 * always comes from the server (its answer without parameters).
 */
import { isValidDate } from '../../../src-shared/dates';
import { LIMITS } from '../../../src-shared/limits';

/** The API's limit: a range covers at most this many days, both ends included. */
export const MAX_RANGE_DAYS = LIMITS.reportDaysMax;

export const PRESETS = ['today', 'yesterday', 'week', 'month', 'last30'] as const;
export type Preset = (typeof PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** The calendar day n days from a date. */
export function addDays(date: string, n: number): string {
  const d = asUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (1 for a single day; ≤ 0 when reversed). */
export function daysInRange(from: string, to: string): number {
  return Math.round((asUtc(to).getTime() - asUtc(from).getTime()) / 86_400_000) + 1;
}

/** 0 = Sunday … 6 = Saturday, the API's numbering. */
export function weekdayOf(date: string): number {
  return asUtc(date).getUTCDay();
}

/** A preset's range on the store's `today`; weeks start on Monday, as Korean calendars do. */
export function presetRange(preset: Preset, today: string): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const d = addDays(today, -1);
      return { from: d, to: d };
    }
    case 'week':
      return { from: addDays(today, -((weekdayOf(today) + 6) % 7)), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
  }
}

/** The preset a range equals on this `today`, if any (the picker marks it). */
export function presetOf(range: DateRange, today: string): Preset | null {
  return (
    PRESETS.find((p) => {
      const r = presetRange(p, today);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}

export type RangeProblem = 'invalid' | 'reversed' | 'tooLong';

/** Why the server would refuse a range (checked before asking it), or null when it is fine. */
export function rangeProblem({ from, to }: DateRange): RangeProblem | null {
  if (!isValidDate(from) || !isValidDate(to)) return 'invalid';
  if (from > to) return 'reversed';
  if (daysInRange(from, to) > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}

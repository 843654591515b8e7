/**
 * Store-local calendar dates (YYYY-MM-DD) and their UTC bounds, computed with Intl only,
 * so server and browsers agree without a time-zone library.
 */
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat costs far more than using one; every order needs one (its business day).
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, fmt);
  }
  return fmt;
}

function partsIn(date: Date, timeZone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out as unknown as Parts;
}

/** The store-local date of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Offset of timeZone from UTC at an instant, in ms (Seoul: +9 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant at which a store-local date starts (local midnight). */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset across DST changes.
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

/** The date after a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (0 for the same day; negative when before). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A fast reader of store-local wall-clock time, for bucketing many instants. The offset is
 * looked up once per UTC day when it is the same at both ends of the day, else once per UTC
 * quarter hour of that day (every time zone changes its offset on a quarter hour); the local
 * time is then plain arithmetic.
 */
export function localClock(timeZone: string) {
  const DAY = 86_400_000;
  const QUARTER = 900_000;
  const days = new Map<number, number | null>();
  const quarters = new Map<number, number>();
  const offsetAt = (ms: number) => offsetMs(new Date(ms), timeZone);
  return (ms: number) => {
    const utcDay = Math.floor(ms / DAY);
    let offset = days.get(utcDay);
    if (offset === undefined) {
      const first = offsetAt(utcDay * DAY);
      offset = first === offsetAt(utcDay * DAY + DAY - 1) ? first : null;
      days.set(utcDay, offset);
    }
    if (offset === null) {
      const key = Math.floor(ms / QUARTER);
      offset = quarters.get(key);
      if (offset === undefined) {
        offset = offsetAt(key * QUARTER);
        quarters.set(key, offset);
      }
    }
    const local = ms + offset;
    const epochDay = Math.floor(local / DAY);
    return {
      /** Days since 1970-01-01, store-local. */
      epochDay,
      hour: Math.floor((local - epochDay * DAY) / 3_600_000),
      /** 0 = Sunday (1970-01-01 was a Thursday). */
      weekday: (((epochDay + 4) % 7) + 7) % 7,
    };
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function epochDayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isValidDate(date: string): boolean {
  if (!DATE_RE.test(date)) return false;
  const t = new Date(`${date}T00:00:00.000Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === date;
}

/** "20261124" — the date part of an order number. */
export function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

import { describe, expect, it } from 'vitest';
import {
  compactDate,
  daysBetween,
  epochDayOf,
  isValidDate,
  localClock,
  localDate,
  nextDate,
  startOfLocalDate,
} from '../../../src-shared/dates';

describe('localDate', () => {
  it('gives the store-local calendar date of an instant', () => {
    expect(localDate(new Date('2026-11-24T14:59:59.999Z'), 'Asia/Seoul')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-24T15:00:00.000Z'), 'Asia/Seoul')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-24T15:00:00.000Z'), 'UTC')).toBe('2026-11-24');
    expect(localDate(new Date('2026-01-01T04:59:59.000Z'), 'America/New_York')).toBe('2025-12-31');
  });
});

describe('startOfLocalDate', () => {
  it('is local midnight as a UTC instant', () => {
    expect(startOfLocalDate('2026-11-25', 'Asia/Seoul').toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(startOfLocalDate('2026-11-25', 'UTC').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(startOfLocalDate('2026-01-01', 'America/New_York').toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });

  it('handles days that start on either side of a DST change', () => {
    // New York springs forward on 2026-03-08 (EST → EDT) and falls back on 2026-11-01.
    expect(startOfLocalDate('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfLocalDate('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfLocalDate('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfLocalDate('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('round-trips with localDate', () => {
    for (const tz of ['Asia/Seoul', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland']) {
      for (const d of ['2026-01-01', '2026-03-29', '2026-06-30', '2026-10-25', '2026-12-31']) {
        const start = startOfLocalDate(d, tz);
        expect(localDate(start, tz)).toBe(d);
        expect(localDate(new Date(start.getTime() - 1), tz)).not.toBe(d);
      }
    }
  });
});

describe('nextDate, isValidDate, compactDate', () => {
  it('steps over month and year ends and leap days', () => {
    expect(nextDate('2026-01-31')).toBe('2026-02-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isValidDate('2026-11-24')).toBe(true);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
    expect(isValidDate('20261124')).toBe(false);
    expect(isValidDate('2026-11-24T00:00')).toBe(false);
    expect(isValidDate('')).toBe(false);
  });

  it('compacts a date for order numbers', () => {
    expect(compactDate('2026-11-24')).toBe('20261124');
  });
});

describe('localClock', () => {
  /** The slow, obviously right answer: Intl's wall clock for the instant. */
  function wallClock(ms: number, tz: string) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', hour: '2-digit', weekday: 'short' })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, p.value]),
    );
    const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
    return { epochDay: epochDayOf(localDate(new Date(ms), tz)), hour: Number(parts.hour), weekday };
  }

  it('agrees with Intl every 11 minutes across DST changes and odd offsets', () => {
    const zones = [
      'Asia/Seoul',
      'America/New_York',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
    ];
    for (const tz of zones) {
      const clock = localClock(tz);
      // Around the northern spring and autumn changes, and the southern ones.
      for (const startIso of ['2026-03-07T00:00:00Z', '2026-10-31T00:00:00Z', '2026-04-04T00:00:00Z']) {
        const start = Date.parse(startIso);
        for (let ms = start; ms < start + 3 * 86_400_000; ms += 11 * 60_000) {
          expect(clock(ms), `${tz} ${new Date(ms).toISOString()}`).toEqual(wallClock(ms, tz));
        }
      }
    }
  });

  it('counts days between dates and from the epoch', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2025-03-04', '2026-03-04')).toBe(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(epochDayOf('2026-03-01')).toBe(20513);
  });
});

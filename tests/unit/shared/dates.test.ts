import { describe, expect, it } from 'vitest';
import { compactDate, isValidDate, localDate, nextDate, startOfLocalDate } from '../../../src-shared/dates';

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

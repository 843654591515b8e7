import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInRange,
  presetOf,
  presetRange,
  rangeProblem,
} from '../../../src-renderer/admin/state/report-range';

describe('report ranges (A15)', () => {
  it('counts presets from the given today: weeks start on Monday, months on the 1st', () => {
    // 2026-11-29 is a Sunday: its week began on Monday the 23rd.
    expect(presetRange('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetRange('week', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
    expect(presetRange('today', '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetRange('yesterday', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(presetRange('month', '2026-03-17')).toEqual({ from: '2026-03-01', to: '2026-03-17' });
    expect(presetRange('last30', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(daysInRange('2026-01-31', '2026-03-01')).toBe(30);
  });

  it('names the preset a range equals; on the 1st, 이번 달 and 오늘 are the same days', () => {
    expect(presetOf({ from: '2026-11-23', to: '2026-11-29' }, '2026-11-29')).toBe('week');
    expect(presetOf({ from: '2026-11-02', to: '2026-11-29' }, '2026-11-29')).toBeNull();
    expect(presetOf({ from: '2026-11-01', to: '2026-11-01' }, '2026-11-01')).toBe('today');
  });

  it('refuses reversed, too long and impossible ranges; 366 days are fine', () => {
    expect(rangeProblem({ from: '2026-11-02', to: '2026-11-01' })).toBe('reversed');
    expect(rangeProblem({ from: '2025-11-29', to: '2026-11-29' })).toBeNull(); // 366 days
    expect(rangeProblem({ from: '2025-11-28', to: '2026-11-29' })).toBe('tooLong');
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('invalid');
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toBe('invalid');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

/** Even splits in whole won add up exactly, for awkward totals too. */
import { describe, expect, it } from 'vitest';
import { splitEvenly } from '../../../src-main/services/bill.service';

describe('splitEvenly', () => {
  it('10,001원 / 3 = 3,334 + 3,334 + 3,333', () => {
    expect(splitEvenly(10_001, 3)).toEqual([3334, 3334, 3333]);
  });
  it('adds up and differs by at most 1 won for every total and part count', () => {
    for (const amount of [0, 1, 2, 19, 999, 10_000, 12_345, 9_999_999]) {
      for (let parts = 2; parts <= 20; parts += 1) {
        const s = splitEvenly(amount, parts);
        expect(s).toHaveLength(parts);
        expect(s.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
        expect(s.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      }
    }
  });
});

/**
 * The order-number ledger: the file always covers every number handed out, a new ledger on the
 * same file starts above it, and a block used up quickly makes the next one larger (so a rush
 * does not fsync every hundred orders) while a slow day keeps small blocks.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrderNumberLedger } from '../../../src-main/db/order-number-ledger';

const fileIn = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'ledger-')), 'order-numbers.json');
const onDisk = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { reserved: { last_seq: number }[] }).reserved[0]!.last_seq;

afterEach(() => {
  vi.useRealTimers();
});

describe('order-number ledger', () => {
  it('writes a reservation before a number past it is used, and a new ledger keeps it', () => {
    const file = fileIn();
    const ledger = new OrderNumberLedger(file);
    ledger.cover(1, '2026-11-28', 1);
    expect(onDisk(file)).toBe(100);
    ledger.cover(1, '2026-11-28', 100);
    expect(onDisk(file)).toBe(100);
    const again = new OrderNumberLedger(file);
    expect(again.floors()).toEqual([{ store_id: 1, business_date: '2026-11-28', last_seq: 100 }]);
  });

  it('doubles the block while blocks last under a minute, up to 6,400, and falls back on a slow day', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') });
    const file = fileIn();
    const ledger = new OrderNumberLedger(file);
    const sizes: number[] = [];
    let top = 0;
    for (let i = 0; i < 9; i++) {
      ledger.cover(1, '2026-11-28', top + 1);
      const reserved = onDisk(file);
      sizes.push(reserved - top);
      top = reserved;
      vi.advanceTimersByTime(1_000);
    }
    expect(sizes).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 6400, 6400]);
    // Every number up to the reservation is covered without another write.
    ledger.cover(1, '2026-11-28', top);
    expect(onDisk(file)).toBe(top);
    vi.advanceTimersByTime(61_000);
    ledger.cover(1, '2026-11-28', top + 1);
    expect(onDisk(file) - top).toBe(100);
  });
});

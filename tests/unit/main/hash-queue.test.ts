/** The bounded login hashing queue: 2 running + 8 waiting, refusals beyond, the store PC first. */
import { describe, expect, it } from 'vitest';
import {
  DUMMY_HASH,
  hashQueueStats,
  MAX_PARALLEL,
  MAX_WAITING,
  takeHashTicket,
} from '../../../src-main/services/crypto';

describe('takeHashTicket', () => {
  it('hands out 2 running + 8 waiting places, refuses the next at once, and lets the store PC go first', async () => {
    const finished: string[] = [];
    const lan = Array.from({ length: MAX_PARALLEL + MAX_WAITING }, (_, i) => {
      const ticket = takeHashTicket(false);
      expect(ticket, `ticket ${i}`).not.toBeNull();
      return ticket!.verify('guess', DUMMY_HASH).then(() => finished.push(`lan-${i}`));
    });
    expect(takeHashTicket(false)).toBeNull();
    expect(hashQueueStats.refused).toBeGreaterThan(0);

    // The store PC's login is not refused and runs before the LAN logins that were waiting.
    const local = takeHashTicket(true);
    expect(local).not.toBeNull();
    const mine = local!.verify('right', DUMMY_HASH).then(() => finished.push('local'));
    await Promise.all([...lan, mine]);
    expect(finished.indexOf('local')).toBeLessThanOrEqual(MAX_PARALLEL + 1);
    expect(hashQueueStats.peakWaiting).toBeLessThanOrEqual(MAX_WAITING);

    // Released places are free again.
    const again = takeHashTicket(false);
    expect(again).not.toBeNull();
    again!.release();
    again!.release();
    expect(await takeHashTicket(false)!.verify('x', DUMMY_HASH)).toBe(false);
  });
});

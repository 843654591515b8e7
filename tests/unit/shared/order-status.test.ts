import { describe, expect, it } from 'vitest';
import {
  ORDER_STATUSES,
  ORDER_STATUS_LABELS_EN,
  ORDER_STATUS_LABELS_KO,
  canChangeStatus,
} from '../../../src-shared/order-status';

describe('canChangeStatus', () => {
  it('allows one step forward or back and the same status, nothing else (API.md)', () => {
    const allowed = new Set([
      'pending>pending',
      'pending>preparing',
      'preparing>preparing',
      'preparing>completed',
      'preparing>pending',
      'completed>completed',
      'completed>preparing',
    ]);
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        expect(canChangeStatus(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
  });
});

describe('labels', () => {
  it('uses the Korean words staff and guests know, and English ones', () => {
    expect(ORDER_STATUS_LABELS_KO).toEqual({ pending: '대기중', preparing: '준비중', completed: '완료' });
    expect(Object.keys(ORDER_STATUS_LABELS_EN).sort()).toEqual([...ORDER_STATUSES].sort());
  });
});

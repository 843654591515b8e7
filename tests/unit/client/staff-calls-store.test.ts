import { describe, expect, it } from 'vitest';
import { createCallStore } from '../../../src-renderer/common/staff-calls';
import { callOrder } from '../../../src-renderer/common/CallBar';
import type { StaffCall } from '../../../src-shared/types';

const call = (
  id: number,
  status: StaffCall['status'] = 'open',
  minute = id,
  updated = minute,
): StaffCall => ({
  id,
  table_id: id,
  table_number: id,
  items: [{ preset_id: 1, label: '물' }],
  note: null,
  status,
  created_at: `2026-11-28T12:${String(minute).padStart(2, '0')}:00.000Z`,
  updated_at: `2026-11-28T12:${String(updated).padStart(2, '0')}:30.000Z`,
});

function setup() {
  const rung: number[][] = [];
  const s = createCallStore((calls) => rung.push(calls.map((c) => c.id)));
  return { s, rung, ids: () => s.store.getState().calls.map((c) => `${c.id}:${c.status}`) };
}

describe('staff-call store', () => {
  it('keeps calls oldest first; a new open call rings, a repeat or a later status does not', () => {
    const { s, rung, ids } = setup();
    s.replace([], 0);
    s.upsert(call(2));
    s.upsert(call(1));
    s.upsert(call(2));
    expect(ids()).toEqual(['1:open', '2:open']);
    expect(rung).toEqual([[2], [1]]);
    s.upsert(call(1, 'acknowledged', 1, 5));
    expect(ids()).toEqual(['1:acknowledged', '2:open']);
    expect(rung).toHaveLength(2);
  });

  it('never goes backwards: an older event or list cannot reopen or bring back a done call', () => {
    const { s, ids } = setup();
    s.replace([call(1), call(2)], 0);
    s.upsert(call(1, 'acknowledged', 1, 5));
    s.upsert(call(1, 'open'));
    expect(ids()).toEqual(['1:acknowledged', '2:open']);
    s.upsert(call(2, 'done', 2, 6));
    expect(ids()).toEqual(['1:acknowledged']);
    // A list asked for before those events still has both as open.
    s.replace([call(1), call(2)], 0);
    expect(ids()).toEqual(['1:acknowledged']);
  });

  it('a list asked for before an event keeps the event’s new call; later lists ring for missed calls only', () => {
    const { s, rung, ids } = setup();
    s.replace([call(1)], 0);
    expect(rung).toEqual([]); // the first list only shows what already waits
    s.upsert(call(3));
    s.replace([call(1)], 0);
    expect(ids()).toEqual(['1:open', '3:open']);
    s.replace([call(1), call(3), call(4)], 99);
    expect(ids()).toEqual(['1:open', '3:open', '4:open']);
    expect(rung).toEqual([[3], [4]]);
    // A call finished elsewhere while offline leaves with the next list.
    s.replace([call(3), call(4)], 99);
    expect(ids()).toEqual(['3:open', '4:open']);
  });

  it('the bar puts open calls first, each group oldest first', () => {
    const order = callOrder([call(1, 'acknowledged'), call(3), call(2)]).map((c) => c.id);
    expect(order).toEqual([2, 3, 1]);
  });
});

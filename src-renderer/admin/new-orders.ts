/**
 * Orders the manager has not looked at yet (highlighted on the dashboard). Kept in
 * localStorage so a reload does not silently clear a highlight nobody has seen.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'table-order.admin.unseen';
const listeners = new Set<() => void>();
/** order id → table id */
let unseen: Map<number, number> = load();

function load(): Map<number, number> {
  try {
    const raw = localStorage.getItem(KEY);
    return new Map(raw ? (JSON.parse(raw) as [number, number][]) : []);
  } catch {
    return new Map();
  }
}

function save(next: Map<number, number>) {
  unseen = next;
  try {
    localStorage.setItem(KEY, JSON.stringify([...next]));
  } catch {
    // Private mode: highlights last for this page only.
  }
  listeners.forEach((l) => l());
}

export function markNew(orderId: number, tableId: number): void {
  if (unseen.has(orderId)) return;
  save(new Map(unseen).set(orderId, tableId));
}

export function markSeen(orderIds: number[]): void {
  if (!orderIds.some((id) => unseen.has(id))) return;
  const next = new Map(unseen);
  orderIds.forEach((id) => next.delete(id));
  save(next);
}

export function markTableSeen(tableId: number): void {
  markSeen([...unseen].filter(([, t]) => t === tableId).map(([id]) => id));
}

export function useUnseen(): ReadonlyMap<number, number> {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => unseen,
  );
}

/**
 * Orders the manager has not looked at yet (highlighted on the dashboard). Kept in
 * localStorage so a reload does not silently clear a highlight nobody has seen.
 */
import { createStore, useStore } from 'zustand';

const KEY = 'table-order.admin.unseen';
/** order id → table id */
const store = createStore<{ unseen: Map<number, number> }>(() => ({ unseen: load() }));
const current = () => store.getState().unseen;

function load(): Map<number, number> {
  try {
    const raw = localStorage.getItem(KEY);
    return new Map(raw ? (JSON.parse(raw) as [number, number][]) : []);
  } catch {
    return new Map();
  }
}

function save(next: Map<number, number>) {
  store.setState({ unseen: next });
  try {
    localStorage.setItem(KEY, JSON.stringify([...next]));
  } catch {
    // Private mode: highlights last for this page only.
  }
}

export function markNew(orderId: number, tableId: number): void {
  if (current().has(orderId)) return;
  save(new Map(current()).set(orderId, tableId));
}

export function markSeen(orderIds: number[]): void {
  if (!orderIds.some((id) => current().has(id))) return;
  const next = new Map(current());
  orderIds.forEach((id) => next.delete(id));
  save(next);
}

export function markTableSeen(tableId: number): void {
  markSeen([...current()].filter(([, t]) => t === tableId).map(([id]) => id));
}

export function useUnseen(): ReadonlyMap<number, number> {
  return useStore(store, (s) => s.unseen);
}

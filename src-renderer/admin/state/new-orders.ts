/**
 * Orders the manager has not looked at yet (the 새 주문 highlight on the dashboard). Each keeps
 * its table and when this screen learned of it: opening the card clears the table's orders, and
 * an order older than the fade time (a setting of the screen) drops out by itself, so a busy
 * floor does not end up with every card highlighted. Kept in localStorage so a reload neither
 * re-highlights what was seen nor forgets what was not.
 */
import { useMemo } from 'react';
import { createStore, useStore } from 'zustand';

const KEY = 'table-order.admin.unseen';
const FADE_KEY = 'table-order.admin.new-fade-min';
export const FADE_CHOICES = [1, 3, 5, 10, 30] as const;
const FADE_DEFAULT = 5;

interface Entry {
  table: number;
  /** Date.now() when this screen learned of the order. */
  at: number;
}

interface State {
  /** order id → entry */
  unseen: Map<number, Entry>;
  fadeMinutes: number;
}

const store = createStore<State>(() => ({ unseen: load(), fadeMinutes: loadFade() }));
const current = () => store.getState().unseen;
const fadeMs = () => store.getState().fadeMinutes * 60_000;

function load(): Map<number, Entry> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as [number, Entry | number][];
    // Entries of the older format (order id → table id) start their fade now.
    return new Map(raw.map(([id, e]) => [id, typeof e === 'number' ? { table: e, at: Date.now() } : e]));
  } catch {
    return new Map();
  }
}

function loadFade(): number {
  try {
    const n = Number(localStorage.getItem(FADE_KEY));
    return (FADE_CHOICES as readonly number[]).includes(n) ? n : FADE_DEFAULT;
  } catch {
    return FADE_DEFAULT;
  }
}

function persist(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the setting lasts for this page only.
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Drops faded entries and wakes up again when the next one fades. */
function save(next: Map<number, Entry>) {
  const now = Date.now();
  for (const [id, e] of next) if (now - e.at >= fadeMs()) next.delete(id);
  store.setState({ unseen: next });
  persist(KEY, JSON.stringify([...next]));
  clearTimeout(timer);
  if (next.size) {
    const soonest = Math.min(...[...next.values()].map((e) => e.at));
    timer = setTimeout(() => save(new Map(current())), Math.max(0, soonest + fadeMs() - now) + 50);
  }
}

export function markNew(orderId: number, tableId: number): void {
  if (current().has(orderId)) return;
  save(new Map(current()).set(orderId, { table: tableId, at: Date.now() }));
}

export function markSeen(orderIds: number[]): void {
  if (!orderIds.some((id) => current().has(id))) return;
  const next = new Map(current());
  orderIds.forEach((id) => next.delete(id));
  save(next);
}

export function markTableSeen(tableId: number): void {
  markSeen([...current()].filter(([, e]) => e.table === tableId).map(([id]) => id));
}

export function setFadeMinutes(minutes: number): void {
  store.setState({ fadeMinutes: minutes });
  persist(FADE_KEY, String(minutes));
  save(new Map(current()));
}

/** Unseen orders per table id. */
export function useUnseenByTable(): ReadonlyMap<number, number[]> {
  const unseen = useStore(store, (s) => s.unseen);
  return useMemo(() => {
    const out = new Map<number, number[]>();
    for (const [id, e] of unseen) out.set(e.table, [...(out.get(e.table) ?? []), id]);
    return out;
  }, [unseen]);
}

export const useFadeMinutes = () => useStore(store, (s) => s.fadeMinutes);

// Faded entries of an earlier visit go at once; the rest get their timer.
save(new Map(current()));

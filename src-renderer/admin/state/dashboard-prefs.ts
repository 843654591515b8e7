/**
 * How this PC shows the dashboard: the dense layout (for floors of 30+ tables) is a choice of
 * the screen it runs on, so it lives in localStorage, not on the server.
 */
import { useEffect, useState } from 'react';
import { createStore, useStore } from 'zustand';

const DENSE_KEY = 'table-order.admin.dashboard-dense';
/** From this many tables the toolbar suggests the dense layout. */
export const DENSE_SUGGEST_FROM = 30;

function loadDense(): boolean {
  try {
    return localStorage.getItem(DENSE_KEY) === '1';
  } catch {
    return false;
  }
}

const store = createStore<{ dense: boolean }>(() => ({ dense: loadDense() }));

export function setDense(dense: boolean): void {
  store.setState({ dense });
  try {
    localStorage.setItem(DENSE_KEY, dense ? '1' : '0');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export const useDense = () => useStore(store, (s) => s.dense);

/** Date.now(), renewed every minute on the minute (the cards' elapsed times). */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 20);
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 20);
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/**
 * Open staff calls (T9) as the admin and kitchen screens keep them: a zustand store fed by
 * `GET /api/admin/staff-calls` (on load, snapshot, resync, reconnect) and by `call.created` /
 * `call.updated` events. Calls only move forward (open → acknowledged → done), so whichever of
 * a list answer and an event is further along wins, and a done call never comes back from a
 * list that was asked for before it was finished.
 */
import { createStore, useStore } from 'zustand';
import type { StaffCall, StaffCallList, StaffCallStatus } from '../../src-shared/types';
import { ApiError, type ApiClient } from './api';

const RANK: Record<StaffCallStatus, number> = { open: 0, acknowledged: 1, done: 2 };
/** How many finished call ids are remembered against stale lists (plenty for one service). */
const DONE_MEMORY = 500;

export const CALLS_PATH = '/api/admin/staff-calls?status=open,acknowledged';

export interface CallsState {
  /** Open and acknowledged calls, oldest first. */
  calls: StaffCall[];
  /** Calls whose status change is on its way to the server. */
  busy: ReadonlySet<number>;
  /** The last failed status change, in the app's words (null = none). */
  error: unknown;
  loaded: boolean;
}

const byAge = (a: StaffCall, b: StaffCall) => a.created_at.localeCompare(b.created_at) || a.id - b.id;
const newer = (a: StaffCall, b: StaffCall) =>
  RANK[a.status] > RANK[b.status] || (RANK[a.status] === RANK[b.status] && a.updated_at > b.updated_at);

export function createCallStore(onNewCalls: (calls: StaffCall[]) => void) {
  const store = createStore<CallsState>(() => ({ calls: [], busy: new Set(), error: null, loaded: false }));
  const done = new Set<number>();
  /** Bumped by every event; a list asked for before an event may not undo it. */
  let seq = 0;
  const touched = new Map<number, number>();

  const remember = (id: number) => {
    done.add(id);
    if (done.size > DONE_MEMORY) done.delete(done.values().next().value!);
  };

  /** A call from an event or our own answer. */
  function upsert(call: StaffCall): void {
    seq += 1;
    touched.set(call.id, seq);
    const { calls } = store.getState();
    const known = calls.find((c) => c.id === call.id);
    if (known && !newer(call, known)) return;
    if (call.status === 'done') {
      remember(call.id);
      if (known) store.setState({ calls: calls.filter((c) => c.id !== call.id) });
      return;
    }
    if (done.has(call.id)) return;
    store.setState({ calls: [...calls.filter((c) => c.id !== call.id), call].sort(byAge) });
    if (!known && call.status === 'open') onNewCalls([call]);
  }

  /** A list answer; `since` is the event count when it was asked for. */
  function replace(list: StaffCall[], since: number): void {
    const { calls, loaded } = store.getState();
    const current = new Map(calls.map((c) => [c.id, c]));
    const next = new Map<number, StaffCall>();
    for (const call of list) {
      if (done.has(call.id)) continue;
      const known = current.get(call.id);
      next.set(call.id, known && newer(known, call) ? known : call);
    }
    // Calls an event brought after the list was asked for are not in it yet: keep them.
    for (const c of calls) if (!next.has(c.id) && (touched.get(c.id) ?? 0) > since) next.set(c.id, c);
    const fresh = [...next.values()].filter((c) => !current.has(c.id) && c.status === 'open');
    store.setState({ calls: [...next.values()].sort(byAge), loaded: true });
    // The first list only shows what is already waiting; later ones alert on calls missed offline.
    if (loaded && fresh.length) onNewCalls(fresh);
  }

  async function load(api: ApiClient): Promise<void> {
    const since = seq;
    const r = await api.get<StaffCallList>(CALLS_PATH);
    replace(r.calls, since);
  }

  async function setStatus(api: ApiClient, call: StaffCall, status: StaffCallStatus): Promise<void> {
    const { busy } = store.getState();
    if (busy.has(call.id)) return;
    store.setState({ busy: new Set(busy).add(call.id), error: null });
    try {
      upsert(await api.put<StaffCall>(`/api/admin/staff-calls/${call.id}`, { status }));
    } catch (e) {
      // A 409 means another screen moved it on first: nothing failed, the list shows where it is.
      if (!(e instanceof ApiError && e.status === 409)) store.setState({ error: e });
      void load(api).catch(() => undefined);
    } finally {
      const next = new Set(store.getState().busy);
      next.delete(call.id);
      store.setState({ busy: next });
    }
  }

  return {
    store,
    upsert,
    replace,
    load,
    setStatus,
    clearError: () => store.setState({ error: null }),
    reset: () => {
      done.clear();
      touched.clear();
      store.setState({ calls: [], busy: new Set(), error: null, loaded: false });
    },
    useCalls: <T>(select: (s: CallsState) => T) => useStore(store, select),
  };
}

export type CallStore = ReturnType<typeof createCallStore>;

/**
 * Staff calls (T9): the presets, this seating's calls kept live from the table channel, and an
 * outbox for calls made while the store server is unreachable. Like an order, a call enters the
 * outbox (localStorage) with its client_call_id fixed before the first attempt and leaves it
 * only when the server has answered, so retries are delivered exactly once.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../common/api';
import type {
  CallPreset,
  CallPresetList,
  StaffCall,
  StaffCallList,
  TableOrders,
} from '../../../src-shared/types';
import { api, authed } from './api';
import { getAuth } from './auth-store';
import { isRefusal, registerOutbox, scheduleRetry } from './outbox-store';
import { ORDERS_KEY, queryClient } from './queries';
import { newUuid, persistedStore } from './storage';

export const PRESETS_KEY = ['call-presets'] as const;
export const CALLS_KEY = ['staff-calls'] as const;

export interface PendingCall {
  client_call_id: string;
  preset_ids: number[];
  /** The preset labels as the guest saw them, for the "sent" line while it waits. */
  labels: string[];
  note: string | null;
  queued_at: string;
  /** The seating the tablet showed (null: none yet; absent: unknown), as for orders (S4). */
  session_id?: number | null;
}

export type CallSendResult =
  { kind: 'delivered'; call: StaffCall } | { kind: 'refused'; error: ApiError } | { kind: 'queued' };

const outbox = persistedStore<PendingCall[]>('call-outbox', []);
const sending = new Set<string>();
const refusedListeners = new Set<(p: PendingCall, e: ApiError) => void>();

export function usePendingCalls(): PendingCall[] {
  return outbox.use();
}

export function clearCallOutbox(): void {
  outbox.set([]);
}

/** A call waiting in the outbox was refused later (seating ended, too many open calls). */
export function onCallRefused(listener: (p: PendingCall, e: ApiError) => void): () => void {
  refusedListeners.add(listener);
  return () => refusedListeners.delete(listener);
}

export function usePresets() {
  return useQuery({
    queryKey: PRESETS_KEY,
    queryFn: async () => (await authed(() => api.get<CallPresetList>('/api/call-presets'))).presets,
    staleTime: 5 * 60_000,
  });
}

export function useCalls() {
  return useQuery({
    queryKey: CALLS_KEY,
    queryFn: async () => (await authed(() => api.get<StaffCallList>('/api/staff-calls'))).calls,
  });
}

/** From a call.created / call.updated event or a delivered call: newest first. */
export function upsertCall(call: StaffCall): void {
  queryClient.setQueryData<StaffCall[]>(CALLS_KEY, (prev) => {
    const rest = (prev ?? []).filter((c) => c.id !== call.id);
    return [call, ...rest].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  });
}

/** The seating ended: its calls are not the next guest's. */
export function clearCalls(): void {
  queryClient.setQueryData<StaffCall[]>(CALLS_KEY, []);
}

function drop(id: string) {
  outbox.set(outbox.get().filter((p) => p.client_call_id !== id));
}

/** Too many open calls (429) is told to the guest, not retried behind their back. */
const refused = (e: unknown): e is ApiError => isRefusal(e) || (e instanceof ApiError && e.status === 429);

async function send(pending: PendingCall, foreground: boolean): Promise<CallSendResult> {
  const id = pending.client_call_id;
  if (sending.has(id)) return { kind: 'queued' };
  sending.add(id);
  try {
    const body = {
      client_call_id: id,
      preset_ids: pending.preset_ids,
      ...(pending.note ? { note: pending.note } : {}),
      ...(pending.session_id !== undefined ? { session_id: pending.session_id } : {}),
    };
    const call = await authed(() => api.post<StaffCall>('/api/staff-calls', body));
    drop(id);
    upsertCall(call);
    if (pending.session_id === null) {
      // A call with no seating yet started one (like a first order): the orders list learns it,
      // and calls queued after it belong to that seating, not to "none" (which is now refused).
      outbox.set(outbox.get().map((p) => (p.session_id === null ? { ...p, session_id: undefined } : p)));
      void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
    }
    return { kind: 'delivered', call };
  } catch (e) {
    if (refused(e)) {
      drop(id);
      if (!foreground) refusedListeners.forEach((l) => l(pending, e));
      return { kind: 'refused', error: e };
    }
    scheduleRetry();
    return { kind: 'queued' };
  } finally {
    sending.delete(id);
  }
}

/** Calls staff: into the outbox first, then one attempt now. */
export function submitCall(presets: CallPreset[], labels: string[], note: string): Promise<CallSendResult> {
  const pending: PendingCall = {
    client_call_id: newUuid(),
    preset_ids: presets.map((p) => p.id),
    labels,
    note: note.trim() || null,
    queued_at: new Date().toISOString(),
    session_id: queryClient.getQueryData<TableOrders>(ORDERS_KEY)?.session_id,
  };
  outbox.set([...outbox.get(), pending]);
  return send(pending, true);
}

registerOutbox({
  hasWaiting: () => outbox.get().length > 0,
  flush: async () => {
    if (getAuth().status !== 'ready') return 'queued';
    for (const pending of outbox.get()) {
      if ((await send(pending, false)).kind === 'queued') return 'queued';
    }
    return 'sent';
  },
});

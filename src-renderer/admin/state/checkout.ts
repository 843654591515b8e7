/**
 * Checkout and floor actions (A12, A13): the bill of one table, payments and voids, guest
 * count, moving and merging. Every success refetches the bill and the dashboard; the live
 * events (bill.updated, order.*, table.updated) do the same for changes made elsewhere.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Bill,
  MergeResult,
  MoveResult,
  Payment,
  PaymentMethod,
  SessionEndResult,
  SessionSummary,
} from '../../../src-shared/types';
import { api, ApiError, keys } from './admin-api';
import * as cache from './dashboard-cache';
import { markTableSeen } from './new-orders';
import type { Dashboard } from '../../../src-shared/types';

export const METHODS: readonly PaymentMethod[] = ['cash', 'card', 'transfer', 'other'];

export function billUrl(tableId: number, split?: number): string {
  return `/api/admin/tables/${tableId}/bill${split ? `?split=${split}` : ''}`;
}

/** The active seating's bill; `null` when the table has none (404). */
export function useBill(tableId: number) {
  return useQuery({
    queryKey: keys.bill(tableId),
    queryFn: async () => {
      try {
        return await api.get<Bill>(billUrl(tableId));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    retry: false,
  });
}

function useRefresh() {
  const qc = useQueryClient();
  return (...tableIds: number[]) => {
    for (const id of tableIds) void qc.invalidateQueries({ queryKey: keys.bill(id) });
    void qc.invalidateQueries({ queryKey: keys.dashboard });
    void qc.invalidateQueries({ queryKey: keys.tables });
  };
}

export interface PaymentInput {
  client_payment_id: string;
  method: PaymentMethod;
  amount: number;
  note?: string;
}

export function usePay(tableId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: PaymentInput) => api.post<Payment>(`/api/admin/tables/${tableId}/payments`, input),
    onSettled: () => refresh(tableId),
  });
}

export function useVoidPayment(tableId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.del(`/api/admin/payments/${id}`, { reason }),
    onSettled: () => refresh(tableId),
  });
}

export function useGuestCount(tableId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (guestCount: number) =>
      api.put<SessionSummary>(`/api/admin/tables/${tableId}/session`, { guest_count: guestCount }),
    onSettled: () => refresh(tableId),
  });
}

/** Ends the seating; the answer names what was left unpaid. */
export function useEndSeating(tableId: number) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post<SessionEndResult>(`/api/admin/tables/${tableId}/session/end`),
    onSuccess: () => {
      qc.setQueryData<Dashboard>(keys.dashboard, (d) => d && cache.sessionEnded(d, tableId));
      markTableSeen(tableId);
      void qc.invalidateQueries({ queryKey: keys.history });
    },
    onSettled: () => refresh(tableId),
  });
}

export function useMoveTable(tableId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (toTableId: number) =>
      api.post<MoveResult>(`/api/admin/tables/${tableId}/move`, { to_table_id: toTableId }),
    onSettled: (_r, _e, to) => refresh(tableId, to),
  });
}

export function useMergeTable(tableId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (intoTableId: number) =>
      api.post<MergeResult>(`/api/admin/tables/${tableId}/merge`, { into_table_id: intoTableId }),
    onSettled: (_r, _e, into) => refresh(tableId, into),
  });
}

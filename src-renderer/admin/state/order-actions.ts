/** Order and session actions: each updates every cache it touches at once, then refetches. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderStatus } from '../../../src-shared/order-status';
import type { Dashboard, Order, SessionEndResult } from '../../../src-shared/types';
import { api, keys } from './admin-api';
import * as cache from './dashboard-cache';
import { markSeen, markTableSeen } from './new-orders';

export function useChangeStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: OrderStatus }) =>
      api.put<Order>(`/api/admin/orders/${id}/status`, { status }),
    onSuccess: (order) => {
      qc.setQueryData(keys.order(order.id), order);
      qc.setQueryData<Dashboard>(keys.dashboard, (d) => d && cache.orderUpdated(d, order));
    },
  });
}

export function useDeleteOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (order: Order) => {
      await api.del(`/api/admin/orders/${order.id}`);
      return order;
    },
    onSuccess: (order) => {
      qc.setQueryData<Dashboard>(
        keys.dashboard,
        (d) => d && cache.orderDeleted(d, order.id, order.table_id, order.total_amount),
      );
      markSeen([order.id]);
      qc.removeQueries({ queryKey: keys.order(order.id) });
      void qc.invalidateQueries({ queryKey: keys.dashboard });
      void qc.invalidateQueries({ queryKey: keys.tables });
    },
  });
}

export function useEndSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tableId: number) =>
      api.post<SessionEndResult>(`/api/admin/tables/${tableId}/session/end`).then((r) => ({ ...r, tableId })),
    onSuccess: ({ tableId }) => {
      qc.setQueryData<Dashboard>(keys.dashboard, (d) => d && cache.sessionEnded(d, tableId));
      markTableSeen(tableId);
      void qc.invalidateQueries({ queryKey: keys.dashboard });
      void qc.invalidateQueries({ queryKey: keys.history });
      void qc.invalidateQueries({ queryKey: keys.tables });
    },
  });
}

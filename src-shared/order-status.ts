export const ORDER_STATUSES = ['pending', 'preparing', 'completed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Korean labels the staff and guests know (SPEC: 대기중 / 준비중 / 완료). */
export const ORDER_STATUS_LABELS_KO: Record<OrderStatus, string> = {
  pending: '대기중',
  preparing: '준비중',
  completed: '완료',
};

export const ORDER_STATUS_LABELS_EN: Record<OrderStatus, string> = {
  pending: 'Pending',
  preparing: 'Preparing',
  completed: 'Completed',
};

const ALLOWED: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['preparing'],
  preparing: ['completed', 'pending'],
  completed: ['preparing'],
};

/** One step forward, or one step back; the same status is a no-op (API.md). */
export function canChangeStatus(from: OrderStatus, to: OrderStatus): boolean {
  return from === to || ALLOWED[from].includes(to);
}

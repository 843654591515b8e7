import type { OrderStatus } from '../../../src-shared/order-status';
import { useFormat } from '../state/admin-i18n';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const f = useFormat();
  return <span className={`badge status-${status}`}>{f.status(status)}</span>;
}

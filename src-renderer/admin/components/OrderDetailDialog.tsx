import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ORDER_STATUSES, canChangeStatus, type OrderStatus } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';
import { api, ApiError, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useChangeStatus, useDeleteOrder } from '../state/order-actions';
import { Modal } from './Modal';
import { ConfirmDialog } from './ConfirmDialog';
import { StatusBadge } from './StatusBadge';
import { useToast } from './Toasts';

/** A3/A4: every line of one order, its status, and deleting it. */
export function OrderDetailDialog({ initial, onClose }: { initial: Order; onClose: () => void }) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const status = useChangeStatus();
  const remove = useDeleteOrder();
  const q = useQuery({
    queryKey: keys.order(initial.id),
    queryFn: () => api.get<Order>(`/api/admin/orders/${initial.id}`),
    initialData: initial,
    // The card's copy may be a few seconds old: ask the server once on open.
    initialDataUpdatedAt: 0,
  });
  const order = q.data;
  const gone = q.error instanceof ApiError && q.error.status === 404;

  const change = (to: OrderStatus) =>
    status.mutate(
      { id: order.id, status: to },
      {
        onSuccess: (o) => toast('ok', t('statusChanged', { o: o.order_number, s: f.status(o.status) })),
        onError: (e) => toast('error', errorText(t, e)),
      },
    );

  return (
    <>
      <Modal
        title={`${t('orderDetail')} · ${order.order_number}`}
        onClose={onClose}
        wide
        footer={
          <>
            <button
              type="button"
              className="danger-outline"
              disabled={gone}
              onClick={() => setConfirmDelete(true)}
            >
              {t('deleteOrder')}
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
          </>
        }
      >
        {gone && (
          <p className="notice notice-warn" role="alert">
            {t('orderGone')}
          </p>
        )}
        <dl className="facts">
          <dt>{t('table')}</dt>
          <dd>{t('tableN', { n: order.table_number })}</dd>
          <dt>{t('orderedAt')}</dt>
          <dd>{f.dateTime(order.created_at)}</dd>
          <dt>{t('status')}</dt>
          <dd data-testid="order-status">
            <StatusBadge status={order.status} />
          </dd>
        </dl>
        <table className="lines">
          <thead>
            <tr>
              <th>{t('menuName')}</th>
              <th className="num">{t('unitPrice')}</th>
              <th className="num">{t('quantity')}</th>
              <th className="num">{t('subtotal')}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((it, i) => (
              <tr key={`${it.menu_id}-${i}`}>
                <td>
                  {it.menu_name}
                  {(it.options ?? []).length > 0 && (
                    <div className="line-options" data-testid="line-options">
                      {it.options
                        .map((o) =>
                          o.price_delta
                            ? `${o.name} (${o.price_delta > 0 ? '+' : '−'}${f.won(Math.abs(o.price_delta))})`
                            : o.name,
                        )
                        .join(' · ')}
                    </div>
                  )}
                  {it.note && (
                    <div className="line-note" data-testid="line-note">
                      {t('requestNote')}: {it.note}
                    </div>
                  )}
                </td>
                <td className="num">{f.won(it.unit_price)}</td>
                <td className="num">{it.quantity}</td>
                <td className="num">{f.won(it.subtotal)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={3}>{t('orderTotal')}</th>
              <th className="num">{f.won(order.total_amount)}</th>
            </tr>
          </tfoot>
        </table>
        <div className="status-actions">
          {ORDER_STATUSES.filter((s) => s !== order.status && canChangeStatus(order.status, s)).map((s) => (
            <button
              key={s}
              type="button"
              className={ORDER_STATUSES.indexOf(s) > ORDER_STATUSES.indexOf(order.status) ? 'primary' : ''}
              disabled={status.isPending || gone}
              onClick={() => change(s)}
            >
              {status.isPending && status.variables?.status === s
                ? t('working')
                : t('setStatus', { s: f.status(s) })}
            </button>
          ))}
        </div>
      </Modal>
      {confirmDelete && (
        <ConfirmDialog
          title={t('deleteOrder')}
          message={t('deleteOrderConfirm', { o: order.order_number, total: f.won(order.total_amount) })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await remove.mutateAsync(order);
            toast('ok', t('orderDeleted', { o: order.order_number }));
            onClose();
          }}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </>
  );
}

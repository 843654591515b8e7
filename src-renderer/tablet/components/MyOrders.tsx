/** This session's orders, newest first, live (T5); orders still in the outbox show as "sending". */
import { useLang, useT } from '../../common/i18n';
import { formatTime, formatWon } from '../../../src-shared/format';
import { ORDER_STATUS_LABELS_EN, ORDER_STATUS_LABELS_KO } from '../../../src-shared/order-status';
import type { Order } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { useOutbox, type PendingOrder } from '../state/outbox-store';
import { useOrders } from '../state/queries';
import { LastKnownNote } from './LastKnownNote';

function Lines({ lines }: { lines: { name: string; quantity: number; subtotal: number }[] }) {
  const [lang] = useLang();
  return (
    <ul className="order-lines">
      {lines.map((l, i) => (
        <li key={i}>
          <span>
            {l.name} × {l.quantity}
          </span>
          <span>{formatWon(l.subtotal, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

function PendingCard({ pending }: { pending: PendingOrder }) {
  const t = useT(dict);
  const [lang] = useLang();
  return (
    <li className="order-card pending-send" data-client-order-id={pending.client_order_id}>
      <div className="order-head">
        <span className="order-no">{formatTime(pending.queued_at)}</span>
        <span className="status status-sending">{t('sending')}</span>
      </div>
      <Lines lines={pending.lines.map((l) => ({ ...l, subtotal: l.price * l.quantity }))} />
      <div className="order-foot">
        <strong>{formatWon(pending.total, lang)}</strong>
      </div>
    </li>
  );
}

function OrderCard({ order }: { order: Order }) {
  const [lang] = useLang();
  const labels = lang === 'ko' ? ORDER_STATUS_LABELS_KO : ORDER_STATUS_LABELS_EN;
  return (
    <li className="order-card" data-order-id={order.id} data-status={order.status}>
      <div className="order-head">
        <span className="order-no">
          {order.order_number} <span className="muted">· {formatTime(order.created_at)}</span>
        </span>
        <span className={`status status-${order.status}`}>{labels[order.status]}</span>
      </div>
      <Lines
        lines={order.items.map((i) => ({ name: i.menu_name, quantity: i.quantity, subtotal: i.subtotal }))}
      />
      <div className="order-foot">
        <strong>{formatWon(order.total_amount, lang)}</strong>
      </div>
    </li>
  );
}

export function MyOrders() {
  const t = useT(dict);
  const [lang] = useLang();
  const query = useOrders();
  const outbox = useOutbox();
  const orders = query.data?.orders ?? [];
  const total = orders.reduce((sum, o) => sum + o.total_amount, 0);
  const nothing = orders.length === 0 && outbox.length === 0;

  return (
    <section className="orders-view" aria-label={t('myOrders')}>
      {/* Above the total and the list: both are the saved copy while it shows. */}
      <LastKnownNote />
      <div className="orders-head">
        <h2>{t('myOrders')}</h2>
        {orders.length > 0 && (
          <span>
            {t('ordersTotal')} <strong data-testid="orders-total">{formatWon(total, lang)}</strong>
          </span>
        )}
      </div>
      {nothing ? (
        <p className="lead muted empty-state">{query.data ? t('noOrders') : t('ordersLoading')}</p>
      ) : (
        <ul className="order-list">
          {[...outbox].reverse().map((p) => (
            <PendingCard key={p.client_order_id} pending={p} />
          ))}
          {orders.map((o) => (
            <OrderCard key={o.id} order={o} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * This session's orders, newest first, live (T5); orders still in the outbox show as "sending".
 * Each line shows its own progress (K6), since the kitchen finishes dishes one at a time.
 */
import { useGuestLang, useT } from '../../common/i18n';
import { dailyNumber, type RichMenu } from '../../common/menu-extras';
import { formatTime } from '../../../src-shared/format';
import type { Order, OrderItem } from '../../../src-shared/types';
import type { OrderStatus } from '../../../src-shared/order-status';
import { dict } from '../state/tablet.dictionary';
import { useOutbox, type PendingOrder } from '../state/outbox-store';
import { useMenu, useOrders } from '../state/queries';
import { dishName, useWon } from '../state/guest-text';
import { LineExtras } from './CartPanel';
import { LastKnownNote } from './LastKnownNote';

interface ShownLine {
  /** The order line's id; none while the order is still in the outbox. */
  id?: number;
  /** The line's own kitchen progress (K6); none while the order is still in the outbox. */
  status?: OrderStatus;
  menu_id: number;
  name: string;
  quantity: number;
  subtotal: number;
  options: { id: number; name: string; price_delta: number }[];
  note: string | null | undefined;
}

const STATUS_TEXT = {
  pending: 'statusPending',
  preparing: 'statusPreparing',
  completed: 'statusCompleted',
} as const;

function Lines({ lines }: { lines: ShownLine[] }) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  const menu = useMenu();
  const find = (id: number) =>
    menu.data?.categories.flatMap((c) => c.menus).find((m) => m.id === id) as RichMenu | undefined;
  return (
    <ul className="order-lines">
      {lines.map((l, i) => (
        <li key={l.id ?? i} data-item-id={l.id} data-line-status={l.status}>
          <span className="order-line-name">
            <span>
              {dishName(find(l.menu_id), l.name, lang)} × {l.quantity}
            </span>
            <LineExtras menu={find(l.menu_id)} options={l.options} note={l.note} />
          </span>
          <span className="order-line-side">
            {l.status && <span className={`line-status status-${l.status}`}>{t(STATUS_TEXT[l.status])}</span>}
            <span className="order-line-price">{won(l.subtotal)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

const fromOrderItem = (i: OrderItem): ShownLine => ({
  id: i.id,
  status: i.status,
  menu_id: i.menu_id,
  name: i.menu_name,
  quantity: i.quantity,
  subtotal: i.subtotal,
  options: (i.options ?? []).map((o) => ({ id: o.option_id, name: o.name, price_delta: o.price_delta })),
  note: i.note,
});

function PendingCard({ pending }: { pending: PendingOrder }) {
  const t = useT(dict);
  const won = useWon();
  return (
    <li className="order-card pending-send" data-client-order-id={pending.client_order_id}>
      <div className="order-head">
        <span className="order-no">{formatTime(pending.queued_at)}</span>
        <span className="status status-sending">{t('sending')}</span>
      </div>
      <Lines
        lines={pending.lines.map((l) => ({
          ...l,
          subtotal: l.price * l.quantity,
          options: l.options ?? [],
          note: l.note,
        }))}
      />
      <div className="order-foot">
        <strong>{won(pending.total)}</strong>
      </div>
    </li>
  );
}

function OrderCard({ order }: { order: Order }) {
  const t = useT(dict);
  const won = useWon();
  return (
    <li className="order-card" data-order-id={order.id} data-status={order.status}>
      <div className="order-head">
        <span className="order-no">
          <span data-order-number={order.order_number}>
            {t('orderNo', { n: dailyNumber(order.order_number) })}
          </span>{' '}
          <span className="muted">· {formatTime(order.created_at)}</span>
        </span>
        <span className={`status status-${order.status}`}>{t(STATUS_TEXT[order.status])}</span>
      </div>
      <Lines lines={order.items.map(fromOrderItem)} />
      <div className="order-foot">
        <strong>{won(order.total_amount)}</strong>
      </div>
    </li>
  );
}

export function MyOrders() {
  const t = useT(dict);
  const won = useWon();
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
            {t('ordersTotal')} <strong data-testid="orders-total">{won(total)}</strong>
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

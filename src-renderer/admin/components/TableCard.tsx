import type { DashboardTable, Order } from '../../../src-shared/types';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { markTableSeen } from '../state/new-orders';
import { CardDishes } from './CardDishes';
import { StatusBadge } from './StatusBadge';
import { TableCalls } from './TableCalls';

/** An order not yet completed this long after it was placed turns the card's time chip amber. */
export const WAIT_WARN_MINUTES = 20;

interface Props {
  table: DashboardTable;
  /** This table's orders the manager has not seen (highlighted until opened or faded). */
  unseen: readonly number[];
  dense: boolean;
  now: number;
  onOpenOrder: (order: Order) => void;
  onEndSession: (table: DashboardTable) => void;
  onCheckout: (table: DashboardTable) => void;
  onHistory: (table: DashboardTable) => void;
}

const minutesSince = (iso: string, now: number) => Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));

/**
 * One table on the live dashboard: number, time since the first order, total, the seating's
 * dishes, open calls, and (not in the dense layout) the newest orders. Opening the card — its
 * dishes, head or an order — clears its 새 주문 highlight.
 */
export function TableCard(props: Props) {
  const { table, unseen, dense, now, onOpenOrder, onEndSession, onCheckout, onHistory } = props;
  const t = useAdminT();
  const f = useFormat();
  const s = table.session;
  const elapsed = table.first_order_at ? minutesSince(table.first_order_at, now) : null;
  const waiting = table.recent_orders.some(
    (o) => o.status !== 'completed' && minutesSince(o.created_at, now) >= WAIT_WARN_MINUTES,
  );
  const elapsedText =
    elapsed === null
      ? ''
      : elapsed < 60
        ? t('minutesN', { n: elapsed })
        : t('hoursMinutesN', { h: Math.floor(elapsed / 60), m: elapsed % 60 });
  const newest = table.recent_orders[0];
  const open = () => {
    markTableSeen(table.id);
    if (newest) onOpenOrder(newest);
  };
  const classes = ['table-card', s ? 'in-use' : 'idle', unseen.length ? 'has-new' : '', dense ? 'dense' : ''];
  return (
    <article
      className={classes.join(' ')}
      data-testid={`table-card-${table.table_number}`}
      aria-label={t('tableN', { n: table.table_number })}
    >
      <header className="tc-head" onClick={() => markTableSeen(table.id)}>
        <h3 className="tc-title" data-testid="card-title">
          {t('tableShort', { n: table.table_number })}
        </h3>
        {elapsed !== null && (
          <span
            className={waiting ? 'tc-elapsed warn' : 'tc-elapsed'}
            data-testid="card-elapsed"
            title={
              waiting ? t('waitWarnTitle', { n: WAIT_WARN_MINUTES }) : t('elapsedTitle', { t: elapsedText })
            }
          >
            {elapsedText}
          </span>
        )}
        {dense && s && (
          <span className="tc-amount" data-testid="table-total">
            {f.won(s.total_amount)}
          </span>
        )}
        <span
          className={table.tablet_online ? 'tablet on' : 'tablet off'}
          title={t(table.tablet_online ? 'tabletOnline' : 'tabletOffline')}
        >
          <span className="dot" aria-hidden="true" />
          {!dense && (
            <span className="tablet-label">{t(table.tablet_online ? 'tabletOnline' : 'tabletOffline')}</span>
          )}
        </span>
      </header>
      {unseen.length > 0 && (
        <button type="button" className="new-strip" onClick={() => markTableSeen(table.id)}>
          <span>{t('newOrders', { n: unseen.length })}</span>
          <span className="new-strip-ok">{t('markSeen')}</span>
        </button>
      )}
      <TableCalls tableId={table.id} />
      {!dense && s && (
        <div className="tc-total">
          <span className="tc-amount" data-testid="table-total">
            {f.won(s.total_amount)}
          </span>
          <span className="tc-meta">
            {t('orderCount', { n: s.order_count })}
            {s.guest_count ? ` · ${t('guestsN', { n: s.guest_count })}` : ''}
          </span>
        </div>
      )}
      {table.dishes.length > 0 && (
        <button
          type="button"
          className="tc-open"
          onClick={open}
          aria-label={t('openCard', { n: table.table_number })}
          data-testid="card-open"
        >
          <CardDishes dishes={table.dishes} more={table.dishes_more} show={dense ? 3 : 6} />
        </button>
      )}
      {!dense && (
        <ul className="tc-orders">
          {table.recent_orders.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className={unseen.includes(o.id) ? 'tc-order is-new' : 'tc-order'}
                onClick={() => {
                  markTableSeen(table.id);
                  onOpenOrder(o);
                }}
                data-testid="order-row"
              >
                <span className="tc-order-top">
                  <span className="mono">{o.order_number}</span>
                  {unseen.includes(o.id) && <span className="badge badge-new">{t('newBadge')}</span>}
                </span>
                <span className="tc-order-bottom">
                  <span className="muted">{f.time(o.created_at)}</span>
                  <span className="tc-order-amount">{f.won(o.total_amount)}</span>
                  <StatusBadge status={o.status} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* An idle card is two lines: its number, then 비어 있음 beside its history. */}
      <footer className={s ? 'tc-foot' : 'tc-foot tc-foot-idle'}>
        {!s && <span className="muted">{t('emptyTable')}</span>}
        <button type="button" className="small" onClick={() => onHistory(table)}>
          {t('tableHistory')}
        </button>
        {s && (
          <span className="tc-foot-actions">
            <button type="button" className="small primary" onClick={() => onCheckout(table)}>
              {t('checkout')}
            </button>
            <button type="button" className="small danger-outline" onClick={() => onEndSession(table)}>
              {t('endSession')}
            </button>
          </span>
        )}
      </footer>
    </article>
  );
}

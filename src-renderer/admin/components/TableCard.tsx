import type { DashboardTable, Order } from '../../../src-shared/types';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { markTableSeen } from '../state/new-orders';
import { StatusBadge } from './StatusBadge';
import { TableCalls } from './TableCalls';

interface Props {
  table: DashboardTable;
  unseen: ReadonlyMap<number, number>;
  onOpenOrder: (order: Order) => void;
  onEndSession: (table: DashboardTable) => void;
  onCheckout: (table: DashboardTable) => void;
  onHistory: (table: DashboardTable) => void;
}

/** One table on the live dashboard: total, order count, latest three orders, tablet state. */
export function TableCard({ table, unseen, onOpenOrder, onEndSession, onCheckout, onHistory }: Props) {
  const t = useAdminT();
  const f = useFormat();
  const newCount = [...unseen.values()].filter((id) => id === table.id).length;
  const classes = ['table-card', table.session ? 'in-use' : 'idle', newCount ? 'has-new' : ''].join(' ');
  return (
    <article
      className={classes}
      data-testid={`table-card-${table.table_number}`}
      aria-label={t('tableN', { n: table.table_number })}
    >
      <header className="tc-head" onClick={() => markTableSeen(table.id)}>
        <h3>{t('tableN', { n: table.table_number })}</h3>
        <span
          className={table.tablet_online ? 'tablet on' : 'tablet off'}
          title={t(table.tablet_online ? 'tabletOnline' : 'tabletOffline')}
        >
          <span className="dot" aria-hidden="true" />
          {t(table.tablet_online ? 'tabletOnline' : 'tabletOffline')}
        </span>
      </header>
      {newCount > 0 && (
        <button type="button" className="new-strip" onClick={() => markTableSeen(table.id)}>
          <span>{t('newOrders', { n: newCount })}</span>
          <span className="new-strip-ok">{t('markSeen')}</span>
        </button>
      )}
      <TableCalls tableId={table.id} />
      <div className="tc-total">
        {table.session ? (
          <>
            <span className="tc-amount" data-testid="table-total">
              {f.won(table.session.total_amount)}
            </span>
            <span className="muted">
              {t('orderCount', { n: table.session.order_count })}
              {table.session.guest_count ? ` · ${t('guestsN', { n: table.session.guest_count })}` : ''}
            </span>
          </>
        ) : (
          <span className="muted">{t('emptyTable')}</span>
        )}
      </div>
      <ul className="tc-orders">
        {table.recent_orders.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              className={unseen.has(o.id) ? 'tc-order is-new' : 'tc-order'}
              onClick={() => onOpenOrder(o)}
              data-testid="order-row"
            >
              <span className="tc-order-top">
                <span className="mono">{o.order_number}</span>
                {unseen.has(o.id) && <span className="badge badge-new">{t('newBadge')}</span>}
              </span>
              <span className="tc-order-bottom">
                <span className="muted">{f.time(o.created_at)}</span>
                <span>{f.won(o.total_amount)}</span>
                <StatusBadge status={o.status} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <footer className="tc-foot">
        <button type="button" className="small" onClick={() => onHistory(table)}>
          {t('tableHistory')}
        </button>
        <span className="tc-foot-actions">
          <button
            type="button"
            className="small primary"
            disabled={!table.session}
            onClick={() => onCheckout(table)}
          >
            {t('checkout')}
          </button>
          <button
            type="button"
            className="small danger-outline"
            disabled={!table.session}
            onClick={() => onEndSession(table)}
          >
            {t('endSession')}
          </button>
        </span>
      </footer>
    </article>
  );
}

import type { DaySummary, PaymentMethod } from '../../../src-shared/types';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { Empty } from './ScreenState';

const METHODS: PaymentMethod[] = ['cash', 'card', 'transfer', 'other'];

/** The figures of one day: totals on top, then one table per breakdown (empty ones say so). */
export function SummaryTables({ summary: s, stale }: { summary: DaySummary; stale: boolean }) {
  const t = useAdminT();
  const f = useFormat();
  const byMethod = new Map(s.by_method.map((m) => [m.method, m]));
  const paid = s.by_method.reduce((sum, m) => sum + m.amount, 0);
  const hasOptions = s.by_menu_options.some((r) => r.options.length > 0);
  return (
    <div className={stale ? 'summary-body stale' : 'summary-body'} data-testid="summary" data-date={s.date}>
      <div className="summary-totals">
        <div className="stat" data-testid="summary-orders">
          <span className="muted">{t('sumOrders')}</span>
          <strong>{t('sumOrdersN', { n: s.order_count })}</strong>
        </div>
        <div className="stat" data-testid="summary-sales">
          <span className="muted">{t('sumSales')}</span>
          <strong>{f.won(s.sales_total)}</strong>
        </div>
        <div className="stat">
          <span className="muted">{t('sumPaidTotal')}</span>
          <strong>{f.won(paid)}</strong>
        </div>
      </div>
      {s.order_count === 0 && <Empty>{t('sumEmpty')}</Empty>}
      <div className="summary-grid">
        <section>
          <h3>{t('sumByMethod')}</h3>
          <table className="report-table" data-testid="summary-methods">
            <thead>
              <tr>
                <th>{t('sumMethod')}</th>
                <th className="num">{t('sumCount')}</th>
                <th className="num">{t('sumAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {METHODS.map((m) => (
                <tr key={m} data-method={m}>
                  <td>{t(`method_${m}`)}</td>
                  <td className="num">{byMethod.get(m)?.count ?? 0}</td>
                  <td className="num">{f.won(byMethod.get(m)?.amount ?? 0)}</td>
                </tr>
              ))}
              <tr data-method="unpaid" className={s.unpaid.amount > 0 ? 'warn-row' : undefined}>
                <td>{t('sumUnpaid')}</td>
                <td className="num">{s.unpaid.count}</td>
                <td className="num">{f.won(s.unpaid.amount)}</td>
              </tr>
            </tbody>
          </table>
        </section>
        {s.by_table.length > 0 && (
          <section>
            <h3>{t('sumByTable')}</h3>
            <table className="report-table" data-testid="summary-tables">
              <thead>
                <tr>
                  <th>{t('sumTable')}</th>
                  <th className="num">{t('sumOrders')}</th>
                  <th className="num">{t('sumAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {s.by_table.map((r) => (
                  <tr key={r.table_id}>
                    <td>{t('sumTableN', { n: r.table_number })}</td>
                    <td className="num">{r.order_count}</td>
                    <td className="num">{f.won(r.sales_total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {s.by_menu.length > 0 && (
          <section>
            <h3>{t('sumByMenu')}</h3>
            <table className="report-table" data-testid="summary-menu">
              <thead>
                <tr>
                  <th>{t('sumMenu')}</th>
                  <th className="num">{t('sumQty')}</th>
                  <th className="num">{t('sumAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {s.by_menu.map((r) => (
                  <tr key={r.menu_id}>
                    <td>{r.menu_name}</td>
                    <td className="num">{r.quantity}</td>
                    <td className="num">{f.won(r.sales_total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {hasOptions && (
          <section>
            <h3>{t('sumByOptions')}</h3>
            <table className="report-table" data-testid="summary-options">
              <thead>
                <tr>
                  <th>{t('sumMenu')}</th>
                  <th>{t('sumOptions')}</th>
                  <th className="num">{t('sumQty')}</th>
                  <th className="num">{t('sumAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {s.by_menu_options.map((r) => (
                  <tr key={`${r.menu_id}:${r.options.join('|')}`}>
                    <td>{r.menu_name}</td>
                    <td>{r.options.length ? r.options.join(', ') : t('sumNoOptions')}</td>
                    <td className="num">{r.quantity}</td>
                    <td className="num">{f.won(r.sales_total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}

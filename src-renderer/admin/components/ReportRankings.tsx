import { useState, type ReactNode } from 'react';
import type { Report } from '../../../src-shared/types';
import { useAdminT, useFormat } from '../state/admin-i18n';

interface Row {
  key: string | number;
  label: string;
  /** Quantity or count, shown next to the amount. */
  count: number;
  amount: number;
}

const FIRST_ROWS = 10;

/**
 * A ranked list drawn as HTML bars inside its own table: dish and table names are text that
 * wraps, selects and reads aloud, and the table is the chart's data at the same time.
 */
function RankedBars(props: {
  title: string;
  testId: string;
  nameHead: string;
  countHead: string;
  rows: Row[];
}) {
  const t = useAdminT();
  const f = useFormat();
  const [all, setAll] = useState(false);
  const max = Math.max(1, ...props.rows.map((r) => r.amount));
  const shown = all ? props.rows : props.rows.slice(0, FIRST_ROWS);
  return (
    <section className="report-card">
      <h3>{props.title}</h3>
      <table className="report-table ranked" data-testid={props.testId}>
        <thead>
          <tr>
            <th>{props.nameHead}</th>
            <th className="num">{props.countHead}</th>
            <th className="num">{t('repAmount')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <td className="ranked-label">
                <span>{r.label}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${(r.amount / max) * 100}%` }} />
                </span>
              </td>
              <td className="num">{r.count}</td>
              <td className="num">{f.won(r.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.rows.length > FIRST_ROWS && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? t('repShowFewer') : t('repShowAll', { n: props.rows.length })}
        </button>
      )}
    </section>
  );
}

/** Top dishes, tables and payment methods; a list with nothing to rank is left out. */
export function ReportRankings({ report: r }: { report: Report }): ReactNode {
  const t = useAdminT();
  return (
    <div className="report-rankings">
      {r.by_menu.length > 0 && (
        <RankedBars
          title={t('repTopMenu')}
          testId="report-menu"
          nameHead={t('repDish')}
          countHead={t('repQty')}
          rows={r.by_menu.map((m) => ({
            key: m.menu_id,
            label: m.menu_name,
            count: m.quantity,
            amount: m.sales_total,
          }))}
        />
      )}
      {r.by_table.length > 0 && (
        <RankedBars
          title={t('repTopTables')}
          testId="report-tables"
          nameHead={t('repTable')}
          countHead={t('repOrders')}
          rows={[...r.by_table]
            .sort((a, b) => b.sales_total - a.sales_total || a.table_number - b.table_number)
            .map((x) => ({
              key: x.table_id,
              label: t('sumTableN', { n: x.table_number }),
              count: x.order_count,
              amount: x.sales_total,
            }))}
        />
      )}
      {r.by_method.length > 0 && (
        <RankedBars
          title={t('repMethods')}
          testId="report-methods"
          nameHead={t('repMethod')}
          countHead={t('repCount')}
          rows={[...r.by_method]
            .sort((a, b) => b.amount - a.amount)
            .map((m) => ({
              key: m.method,
              label: t(`method_${m.method}`),
              count: m.count,
              amount: m.amount,
            }))}
        />
      )}
    </div>
  );
}

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
        <FigureTable
          title={t('sumByMethod')}
          testId="summary-methods"
          head={[t('sumMethod'), t('sumCount'), t('sumAmount')]}
          rows={[
            ...METHODS.map((m) => ({
              key: m,
              method: m,
              cells: [t(`method_${m}`), byMethod.get(m)?.count ?? 0, f.won(byMethod.get(m)?.amount ?? 0)],
            })),
            {
              key: 'unpaid',
              method: 'unpaid',
              warn: s.unpaid.amount > 0,
              cells: [t('sumUnpaid'), s.unpaid.count, f.won(s.unpaid.amount)],
            },
          ]}
        />
        {s.by_table.length > 0 && (
          <FigureTable
            title={t('sumByTable')}
            testId="summary-tables"
            head={[t('sumTable'), t('sumOrders'), t('sumAmount')]}
            rows={s.by_table.map((r) => ({
              key: r.table_id,
              cells: [t('sumTableN', { n: r.table_number }), r.order_count, f.won(r.sales_total)],
            }))}
          />
        )}
        {s.by_menu.length > 0 && (
          <FigureTable
            title={t('sumByMenu')}
            testId="summary-menu"
            head={[t('sumMenu'), t('sumQty'), t('sumAmount')]}
            rows={s.by_menu.map((r) => ({
              key: r.menu_id,
              cells: [r.menu_name, r.quantity, f.won(r.sales_total)],
            }))}
          />
        )}
        {hasOptions && (
          <FigureTable
            title={t('sumByOptions')}
            testId="summary-options"
            head={[t('sumMenu'), t('sumOptions'), t('sumQty'), t('sumAmount')]}
            numFrom={2}
            rows={s.by_menu_options.map((r) => ({
              key: `${r.menu_id}:${r.options.join('|')}`,
              cells: [
                r.menu_name,
                r.options.length ? r.options.join(', ') : t('sumNoOptions'),
                r.quantity,
                f.won(r.sales_total),
              ],
            }))}
          />
        )}
      </div>
    </div>
  );
}

interface FigureRow {
  key: string | number;
  /** data-method of a payment-method row (the screen's tests and styles find rows by it). */
  method?: string;
  warn?: boolean;
  cells: (string | number)[];
}

/**
 * One breakdown of the day: a titled table whose columns from `numFrom` on are figures (right
 * aligned). Every table of the summary has this one shape.
 */
function FigureTable(props: {
  title: string;
  testId: string;
  head: string[];
  rows: FigureRow[];
  numFrom?: number;
}) {
  const numFrom = props.numFrom ?? 1;
  const cls = (i: number) => (i >= numFrom ? 'num' : undefined);
  return (
    <section>
      <h3>{props.title}</h3>
      <table className="report-table" data-testid={props.testId}>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={i} className={cls(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key} data-method={r.method} className={r.warn ? 'warn-row' : undefined}>
              {r.cells.map((c, i) => (
                <td key={i} className={cls(i)}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

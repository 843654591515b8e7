import type { Report } from '../../../src-shared/types';
import { duration, useAdminT, useFormat } from '../state/admin-i18n';

/** The range's headline figures; guests only when seatings recorded any. */
export function ReportTotals({ report: r }: { report: Report }) {
  const t = useAdminT();
  const f = useFormat();
  const average = r.order_count ? Math.round(r.sales_total / r.order_count) : 0;
  const prep = r.prep_seconds;
  return (
    <div className="summary-totals report-totals">
      <div className="stat" data-testid="report-sales">
        <span className="muted">{t('repSales')}</span>
        <strong>{f.won(r.sales_total)}</strong>
      </div>
      <div className="stat" data-testid="report-orders">
        <span className="muted">{t('repOrders')}</span>
        <strong>{t('sumOrdersN', { n: r.order_count })}</strong>
      </div>
      <div className="stat" data-testid="report-average">
        <span className="muted">{t('repAverage')}</span>
        <strong>{f.won(average)}</strong>
      </div>
      {r.guest_count > 0 && (
        <div className="stat" data-testid="report-guests">
          <span className="muted">{t('repGuests')}</span>
          <strong>{t('repGuestsN', { n: r.guest_count })}</strong>
        </div>
      )}
      <div className="stat" data-testid="report-prep">
        <span className="muted">{t('repPrep')}</span>
        {prep.p50 === null || prep.p90 === null ? (
          <strong className="muted">{t('repPrepNone')}</strong>
        ) : (
          <>
            <strong>
              {duration(t, prep.p50)} / {duration(t, prep.p90)}
            </strong>
            <small className="muted">{t('repPrepHint', { n: prep.count })}</small>
          </>
        )}
      </div>
    </div>
  );
}

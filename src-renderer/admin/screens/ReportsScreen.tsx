import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Report } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { useIsManager } from '../state/auth-session';
import { daysInRange, MAX_RANGE_DAYS, rangeProblem, type DateRange } from '../state/report-range';
import { ManagerOnly } from '../components/ManagerOnly';
import { ReportRangePicker } from '../components/ReportRangePicker';
import { ReportTotals } from '../components/ReportTotals';
import { ReportRankings } from '../components/ReportRankings';

// uPlot comes with the charts in a chunk of their own, fetched when this screen first shows them.
const loadCharts = () => lazy(() => import('../components/ReportCharts'));

/** Keeps a failed chunk load (the store PC restarted with a new build, say) to this panel. */
class ChartsBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const query = (range: DateRange | null) => (range ? `?from=${range.from}&to=${range.to}` : '');

/** A15: sales over a range of store-local days, as figures, charts, tables and a CSV. */
export function ReportsScreen() {
  const t = useAdminT();
  const manager = useIsManager();
  // null = the server's today: the store's time zone, not the browser's, decides the day.
  const [picked, setPicked] = useState<DateRange | null>(null);
  // A lazy component remembers a failed load; retrying needs a fresh one (and a fresh boundary).
  const [charts, setCharts] = useState(() => ({ Charts: loadCharts(), attempt: 0 }));
  const { Charts } = charts;
  const todays = useQuery({
    queryKey: keys.report(null),
    queryFn: () => api.get<Report>('/api/admin/reports'),
    enabled: manager,
  });
  const today = todays.data?.to ?? null;
  const range = picked ?? (todays.data ? { from: todays.data.from, to: todays.data.to } : null);
  const problem = range ? rangeProblem(range) : null;
  const q = useQuery({
    queryKey: keys.report(picked),
    queryFn: () => api.get<Report>(`/api/admin/reports${query(picked)}`),
    enabled: manager && !problem,
    placeholderData: keepPreviousData,
  });

  if (!manager || isForbidden(q.error) || isForbidden(todays.error)) return <ManagerOnly />;
  const report = problem ? undefined : q.data;
  const problemText =
    problem === 'reversed'
      ? t('repRangeReversed')
      : problem === 'tooLong' && range
        ? t('repRangeTooLong', { n: MAX_RANGE_DAYS, days: daysInRange(range.from, range.to) })
        : t('repRangeInvalid');

  return (
    <section className="report-panel reports">
      <header className="report-head">
        <h2>{t('repTitle')}</h2>
        <div className="date-nav">
          {range && (
            <ReportRangePicker
              range={range}
              today={today}
              // Today is the query the screen opened with: no second request for the same day.
              onChange={(r) => setPicked(r.from === today && r.to === today ? null : r)}
            />
          )}
          {range && !problem ? (
            <a
              className="button-link"
              href={`/api/admin/reports.csv?from=${range.from}&to=${range.to}`}
              download={`report-${range.from}-${range.to}.csv`}
            >
              {t('repCsv')}
            </a>
          ) : null}
        </div>
      </header>
      {problem ? (
        <p className="notice notice-warn" role="alert" data-testid="range-problem">
          {problemText}
        </p>
      ) : q.isError ? (
        <div className="error" role="alert">
          <p>{errorText(t, q.error)}</p>
          <button type="button" onClick={() => void q.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : !report ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <div
          className={q.isPlaceholderData ? 'summary-body stale' : 'summary-body'}
          data-testid="report"
          data-from={report.from}
          data-to={report.to}
          aria-busy={q.isPlaceholderData}
        >
          <ReportTotals report={report} />
          {report.order_count === 0 ? (
            <p className="notice" data-testid="report-empty">
              {t('repEmpty')}
            </p>
          ) : (
            <>
              <ChartsBoundary
                key={charts.attempt}
                fallback={
                  <div className="error" role="alert">
                    <p>{t('repChartFailed')}</p>
                    <button
                      type="button"
                      onClick={() => setCharts((c) => ({ Charts: loadCharts(), attempt: c.attempt + 1 }))}
                    >
                      {t('retry')}
                    </button>
                  </div>
                }
              >
                <Suspense fallback={<p className="muted">{t('repChartLoading')}</p>}>
                  <Charts report={report} />
                </Suspense>
              </ChartsBoundary>
              <ReportRankings report={report} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DaySummary } from '../../../src-shared/types';
import { DATE_RE, localDate } from '../../../src-shared/dates';
import { api, isForbidden, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { useIsManager } from '../state/auth-session';
import { ManagerOnly } from '../components/ManagerOnly';
import { SummaryTables } from '../components/SummaryTables';
import { LoadError, Loading } from '../components/ScreenState';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The calendar day n days from a YYYY-MM-DD date (UTC arithmetic: no time zone involved). */
function shiftDate(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A11: one store-local day's orders and sales by table, dish, options and payment method. */
export function SummaryScreen() {
  const t = useAdminT();
  const manager = useIsManager();
  // null = the server's today (the store's time zone decides what "today" is).
  const [date, setDate] = useState<string | null>(null);
  const q = useQuery({
    queryKey: keys.summary(date),
    queryFn: () => api.get<DaySummary>(`/api/admin/summary${date ? `?date=${date}` : ''}`),
    enabled: manager,
    placeholderData: keepPreviousData,
  });
  // The same query as the default view: it tells which date the store calls today.
  const todays = useQuery({
    queryKey: keys.summary(null),
    queryFn: () => api.get<DaySummary>('/api/admin/summary'),
    enabled: manager,
  });

  if (!manager || isForbidden(q.error)) return <ManagerOnly />;
  const today = todays.data?.date ?? localDate(new Date(), zone);
  const shown = date ?? today;
  const csv = `/api/admin/summary.csv?date=${shown}`;

  return (
    <section className="report-panel summary">
      <header className="report-head">
        <h2>{t('sumTitle')}</h2>
        <div className="date-nav">
          <button type="button" onClick={() => setDate(shiftDate(shown, -1))}>
            {t('sumPrev')}
          </button>
          <input
            type="date"
            aria-label={t('sumDate')}
            value={shown}
            max={today}
            onChange={(e) => {
              if (DATE_RE.test(e.target.value)) setDate(e.target.value);
            }}
          />
          <button type="button" disabled={shown >= today} onClick={() => setDate(shiftDate(shown, 1))}>
            {t('sumNext')}
          </button>
          <button type="button" disabled={shown === today} onClick={() => setDate(null)}>
            {t('sumToday')}
          </button>
          <a className="button-link" href={csv} download={`summary-${shown}.csv`}>
            {t('sumCsv')}
          </a>
        </div>
      </header>
      {q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading />
      ) : (
        <SummaryTables summary={q.data} stale={q.isPlaceholderData} />
      )}
    </section>
  );
}

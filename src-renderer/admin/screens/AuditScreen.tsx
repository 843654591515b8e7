import { useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditAction, AuditPage, DaySummary, Staff } from '../../../src-shared/types';
import { DATE_RE, localDate } from '../../../src-shared/dates';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useIsManager } from '../state/auth-session';
import { AUDIT_ACTIONS, actionKey, auditTime, describeAudit } from '../state/audit-format';
import { ManagerOnly } from '../components/ManagerOnly';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The calendar day n days from a YYYY-MM-DD date (UTC arithmetic: no time zone involved). */
function shiftDate(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A16: who deleted, paid, voided, ended, moved, merged or restored what, and when. */
export function AuditScreen() {
  const t = useAdminT();
  const fmt = useFormat();
  const manager = useIsManager();
  // The store's today (its time zone decides), as the day summary knows it; the browser's if unknown.
  const todays = useQuery({
    queryKey: keys.summary(null),
    queryFn: () => api.get<DaySummary>('/api/admin/summary'),
    enabled: manager,
  });
  const today = todays.data?.date ?? (todays.isError ? localDate(new Date(), zone) : null);
  // null = the last 7 store days, ending today.
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [staffId, setStaffId] = useState('');
  const [action, setAction] = useState<AuditAction | ''>('');
  const from = range?.from ?? (today ? shiftDate(today, -6) : null);
  const to = range?.to ?? today;
  const badRange = from !== null && to !== null && from > to;

  const staff = useQuery({
    queryKey: keys.staff,
    queryFn: () => api.get<{ staff: Staff[] }>('/api/admin/staff'),
    enabled: manager,
  });
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (staffId) params.set('staff_id', staffId);
  if (action) params.set('action', action);
  const query = params.toString();
  const q = useInfiniteQuery({
    queryKey: [...keys.audit, query],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(`/api/admin/audit?${query}${pageParam ? `&cursor=${pageParam}` : ''}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    enabled: manager && from !== null && !badRange,
  });

  if (!manager || isForbidden(q.error)) return <ManagerOnly />;
  const setDay = (which: 'from' | 'to', value: string) => {
    if (!DATE_RE.test(value) || !from || !to) return;
    setRange({ from, to, [which]: value });
  };
  const entries = q.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <section className="report-panel audit">
      <header className="report-head">
        <h2>{t('auTitle')}</h2>
      </header>
      <p className="muted">{t('auIntro')}</p>
      <div className="audit-filters" data-testid="audit-filters">
        <label>
          <span>{t('auFrom')}</span>
          <input
            type="date"
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(e) => setDay('from', e.target.value)}
          />
        </label>
        <label>
          <span>{t('auTo')}</span>
          <input
            type="date"
            value={to ?? ''}
            max={today ?? undefined}
            onChange={(e) => setDay('to', e.target.value)}
          />
        </label>
        <button type="button" disabled={range === null} onClick={() => setRange(null)}>
          {t('auLast7')}
        </button>
        <label>
          <span>{t('auStaff')}</span>
          <select value={staffId} onChange={(e) => setStaffId(e.target.value)} data-testid="audit-staff">
            <option value="">{t('auAllStaff')}</option>
            {staff.data?.staff.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.username}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('auAction')}</span>
          <select
            value={action}
            onChange={(e) => setAction(e.target.value as AuditAction | '')}
            data-testid="audit-action"
          >
            <option value="">{t('auAllActions')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(actionKey(a))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {badRange ? (
        <p className="notice notice-warn" role="alert">
          {t('auBadRange')}
        </p>
      ) : q.isError && !q.data ? (
        <div className="error" role="alert">
          <p>{errorText(t, q.error)}</p>
          <button type="button" onClick={() => void q.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : !q.data ? (
        <p className="muted">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p className="notice" data-testid="audit-empty">
          {t('auEmpty')}
        </p>
      ) : (
        <>
          <table className="report-table audit-table" data-testid="audit-list">
            <colgroup>
              <col className="col-time" />
              <col className="col-staff" />
              <col className="col-action" />
              <col className="col-target" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>{t('auTime')}</th>
                <th>{t('auStaff')}</th>
                <th>{t('auAction')}</th>
                <th>{t('auTarget')}</th>
                <th>{t('auDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const words = describeAudit(e, t, fmt);
                return (
                  <tr key={e.id} data-audit-id={e.id} data-action={e.action}>
                    <td className="audit-time">{auditTime(e.at, fmt.lang)}</td>
                    <td>{e.staff ? e.staff.username : <span className="muted">{t('auStore')}</span>}</td>
                    <td>{t(actionKey(e.action))}</td>
                    <td>{words.target}</td>
                    <td className="audit-details">
                      {words.details.map((d, i) => (
                        <span key={i}>{d}</span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="audit-more">
            {q.isFetchNextPageError && (
              <p className="error" role="alert">
                {errorText(t, q.error)}
              </p>
            )}
            {q.hasNextPage ? (
              <button type="button" disabled={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>
                {q.isFetchingNextPage
                  ? t('auLoadingMore')
                  : q.isFetchNextPageError
                    ? t('retry')
                    : t('auMore')}
              </button>
            ) : (
              <p className="muted">{t('auEnd')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Dashboard, HistoryPage } from '../../../src-shared/types';
import { localDate } from '../../../src-shared/dates';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useFieldErrors, useAdminT, useFormat } from '../state/admin-i18n';
import { Field } from '../components/Field';
import { ManagerOnly } from '../components/ManagerOnly';
import { StatusBadge } from '../components/StatusBadge';
import { Empty, Loading } from '../components/ScreenState';

interface Filters {
  table: string;
  from: string;
  to: string;
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = () => localDate(new Date(), zone);
const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 86_400_000), zone);

/** A6: archived orders per table or store-wide, newest first, by date range, paged with "more". */
export function HistoryScreen({ initialTable }: { initialTable: string | null }) {
  const t = useAdminT();
  const fieldErrors = useFieldErrors();
  const f = useFormat();
  const [draft, setDraft] = useState<Filters>({ table: initialTable ?? 'all', from: '', to: '' });
  const [applied, setApplied] = useState<Filters>(draft);
  const tables = useQuery({
    queryKey: keys.dashboard,
    queryFn: () => api.get<Dashboard>('/api/admin/dashboard'),
  });

  const q = useInfiniteQuery({
    queryKey: [...keys.history, applied],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      if (applied.from) params.set('from', applied.from);
      if (applied.to) params.set('to', applied.to);
      if (pageParam) params.set('cursor', pageParam);
      const base =
        applied.table === 'all' ? '/api/admin/history' : `/api/admin/tables/${applied.table}/history`;
      const qs = params.toString();
      return api.get<HistoryPage>(qs ? `${base}?${qs}` : base);
    },
    getNextPageParam: (last) => last.next_cursor,
  });

  const apply = (next: Filters) => {
    setDraft(next);
    setApplied(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The same filters again means "look again" (new sessions may have ended since).
    if (JSON.stringify(draft) === JSON.stringify(applied)) void q.refetch();
    else apply(draft);
  };
  if (isForbidden(q.error)) return <ManagerOnly />;
  const { byField, other } = fieldErrors(q.error, ['from', 'to']);
  const orders = q.data?.pages.flatMap((p) => p.orders) ?? [];

  return (
    <section>
      <h1>{t('historyTitle')}</h1>
      <form className="toolbar filters" onSubmit={submit} noValidate>
        <Field label={t('table')}>
          <select
            name="table"
            value={draft.table}
            onChange={(e) => apply({ ...draft, table: e.target.value })}
            data-testid="history-table"
          >
            <option value="all">{t('allTables')}</option>
            {[...(tables.data?.tables ?? [])]
              .sort((a, b) => a.table_number - b.table_number)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {t('tableN', { n: x.table_number })}
                </option>
              ))}
          </select>
        </Field>
        <Field label={t('from')} error={byField.from}>
          <input
            type="date"
            name="from"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </Field>
        <Field label={t('to')} error={byField.to}>
          <input
            type="date"
            name="to"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </Field>
        <button type="submit" className="primary">
          {t('search')}
        </button>
        <button type="button" onClick={() => apply({ ...draft, from: today(), to: today() })}>
          {t('today')}
        </button>
        <button type="button" onClick={() => apply({ ...draft, from: daysAgo(6), to: today() })}>
          {t('last7')}
        </button>
        <button type="button" onClick={() => apply({ ...draft, from: '', to: '' })}>
          {t('allDates')}
        </button>
      </form>
      {q.isError && (
        <div className="error" role="alert">
          <p>{errorText(t, q.error)}</p>
          {other.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {q.isPending && <Loading />}
      {q.isSuccess && orders.length === 0 && <Empty>{t('noHistory')}</Empty>}
      {orders.length > 0 && (
        <table className="list" data-testid="history-list">
          <thead>
            <tr>
              <th>{t('orderNumber')}</th>
              <th>{t('table')}</th>
              <th>{t('orderedAt')}</th>
              <th>{t('lines')}</th>
              <th className="num">{t('amount')}</th>
              <th>{t('status')}</th>
              <th>{t('sessionEndedAt')}</th>
              <th>{t('sessionMoney')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o, i) => (
              <tr key={o.id}>
                <td className="mono">{o.order_number}</td>
                <td>{t('tableN', { n: o.table_number })}</td>
                <td>{f.dateTime(o.created_at)}</td>
                <td>{o.items.map((it) => `${it.menu_name} ×${it.quantity}`).join(', ')}</td>
                <td className="num">{f.won(o.total_amount)}</td>
                <td>
                  <StatusBadge status={o.status} />
                </td>
                <td>{f.dateTime(o.session_ended_at)}</td>
                <td>
                  {/* Once per seating: its orders follow each other in the list. */}
                  {orders[i - 1]?.session_id !== o.session_id && (
                    <div className="session-money">
                      {o.session_payments
                        .filter((p) => !p.voided_at)
                        .map((p) => (
                          <span key={p.id} className="nowrap">
                            {t(`method_${p.method}`)} {f.won(p.amount)}
                          </span>
                        ))}
                      {(o.session_unpaid_amount ?? 0) > 0 && (
                        <span className="nowrap unpaid">
                          {t('unpaidN', { amount: f.won(o.session_unpaid_amount!) })}
                        </span>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="list-foot">
        {orders.length > 0 && <span className="muted">{t('shownCount', { n: orders.length })}</span>}
        {q.hasNextPage && (
          <button type="button" onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage}>
            {q.isFetchingNextPage ? t('loading') : t('more')}
          </button>
        )}
      </div>
    </section>
  );
}

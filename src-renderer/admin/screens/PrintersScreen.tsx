import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Printer, PrintJobList, PrinterList } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useIsManager } from '../state/auth-session';
import { useStations } from '../state/stations';
import { ManagerOnly } from '../components/ManagerOnly';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PrinterDialog } from '../components/PrinterDialog';
import { useToast } from '../components/Toasts';
import { Empty, LoadError, Loading } from '../components/ScreenState';
import { printerErrorText } from '../state/printer-errors';

/** A14: printers with their live status (printer.updated refreshes it), and failed jobs to reprint. */
export function PrintersScreen() {
  const t = useAdminT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const toast = useToast();
  const manager = useIsManager();
  const stations = useStations();
  const printers = useQuery({
    queryKey: keys.printers,
    queryFn: () => api.get<PrinterList>('/api/admin/printers'),
    enabled: manager,
  });
  const failed = useQuery({
    queryKey: keys.printJobs,
    queryFn: () => api.get<PrintJobList>('/api/admin/print-jobs?status=failed'),
    enabled: manager,
  });
  const [editing, setEditing] = useState<Printer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Printer | null>(null);

  if (!manager || isForbidden(printers.error)) return <ManagerOnly />;
  if (printers.isError) return <LoadError error={printers.error} onRetry={() => void printers.refetch()} />;
  if (!printers.data) return <Loading />;

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) toast('ok', done);
    } catch (e) {
      toast('error', errorText(t, e));
    }
    void qc.invalidateQueries({ queryKey: keys.printJobs });
  };
  const printerError = (message: string) => {
    const e = printerErrorText(message);
    return t(e.key, e.vars);
  };
  const nameOf = (id: number) => printers.data.printers.find((p) => p.id === id)?.name ?? `#${id}`;
  const stationNames = (p: Printer) =>
    p.kind === 'receipt'
      ? t('kindReceipt')
      : p.station_ids.length
        ? p.station_ids.map((id) => stations.data?.find((s) => s.id === id)?.name ?? `#${id}`).join(', ')
        : t('allStations');

  return (
    <div className="printers-layout">
      <section className="panel">
        <header className="panel-head">
          <h2>{t('printersTitle')}</h2>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('addPrinter')}
          </button>
        </header>
        <p className="muted">{t('printersIntro')}</p>
        {printers.data.printers.length === 0 && <Empty>{t('noPrinters')}</Empty>}
        <ul className="printer-list">
          {printers.data.printers.map((p) => (
            <li key={p.id} className={`printer-row${p.enabled ? '' : ' disabled'}`} data-printer={p.name}>
              <div className="printer-main">
                <strong>{p.name}</strong>
                <span className="muted">
                  {p.host}:{p.port} · {stationNames(p)} · ×{p.copies}
                </span>
              </div>
              <span
                className={`printer-status status-${p.status}`}
                data-status={p.status}
                title={p.last_error ? printerError(p.last_error) : ''}
              >
                {t(`status_${p.status}`)}
              </span>
              {p.queued > 0 && <span className="muted">{t('queued', { n: p.queued })}</span>}
              <div className="printer-actions">
                <button
                  type="button"
                  onClick={() => run(() => api.post(`/api/admin/printers/${p.id}/test`), t('testQueued'))}
                >
                  {t('testPrint')}
                </button>
                <button type="button" onClick={() => setEditing(p)}>
                  {t('edit')}
                </button>
                <button type="button" className="danger" onClick={() => setDeleting(p)}>
                  {t('remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="failed-jobs">
        <h2 id="failed-jobs">{t('failedJobs')}</h2>
        {failed.isError && <LoadError error={failed.error} onRetry={() => void failed.refetch()} />}
        {failed.isPending && <Loading />}
        {failed.data?.jobs.length === 0 && <Empty>{t('noFailedJobs')}</Empty>}
        <ul className="job-list">
          {failed.data?.jobs.map((j) => (
            <li key={j.id} className="job-row" data-job={j.id}>
              <div>
                <div className="job-head">
                  <strong>{nameOf(j.printer_id)}</strong>
                  <span>
                    {t(`jobKind_${j.kind}`)}
                    {j.table_number !== null &&
                      ` · ${t('jobTable', { n: j.table_number })}${j.order_number ? ` #${j.order_number.slice(-4)}` : ''}`}
                  </span>
                  <time className="muted" dateTime={j.created_at}>
                    {fmt.time(j.created_at)}
                  </time>
                </div>
                <div className="muted job-error" title={j.last_error ?? undefined}>
                  {t('jobAttempts', { n: j.attempts })}
                  {j.last_error && ` · ${printerError(j.last_error)}`}
                </div>
              </div>
              <button
                type="button"
                onClick={() => run(() => api.post(`/api/admin/print-jobs/${j.id}/reprint`))}
              >
                {t('reprint')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {editing && (
        <PrinterDialog
          printer={editing === 'new' ? undefined : editing}
          stations={stations.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('deletePrinterTitle')}
          message={t('deletePrinterConfirm', { name: deleting.name })}
          confirmLabel={t('remove')}
          onConfirm={async () => {
            await api.del(`/api/admin/printers/${deleting.id}`);
            await qc.invalidateQueries({ queryKey: keys.printers });
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupInfo } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { backupError, backupSize, backupTime } from '../state/backups';
import { useIsManager } from '../state/auth-session';
import { ManagerOnly } from '../components/ManagerOnly';
import { RestoreDialog } from '../components/RestoreDialog';
import { useToast } from '../components/Toasts';
import { Empty, LoadError, Loading } from '../components/ScreenState';

/** A10: the kept backups newest first, a backup on demand, and a restore with a clear warning. */
export function BackupsScreen() {
  const t = useAdminT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const toast = useToast();
  const manager = useIsManager();
  const list = useQuery({
    queryKey: keys.backups,
    queryFn: () => api.get<{ backups: BackupInfo[] }>('/api/admin/backups'),
    enabled: manager,
  });
  const [fresh, setFresh] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restored, setRestored] = useState<BackupInfo | null>(null);
  const backupNow = useMutation({
    mutationFn: () => api.post<BackupInfo>('/api/admin/backups'),
    onSuccess: (b) => {
      setFresh(b.name);
      setRestored(null);
      toast('ok', t('bkMade', { time: backupTime(b.created_at, fmt.lang) }));
    },
    onError: (e) => toast('error', backupError(t, e)),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.backups }),
  });

  if (!manager || isForbidden(list.error)) return <ManagerOnly />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Loading />;

  const backups = list.data.backups;
  return (
    <section className="report-panel backups">
      <header className="report-head">
        <h2>{t('bkTitle')}</h2>
        <button
          type="button"
          className="primary"
          disabled={backupNow.isPending}
          onClick={() => backupNow.mutate()}
        >
          {backupNow.isPending ? t('bkMaking') : t('bkNow')}
        </button>
      </header>
      <p className="muted">{t('bkIntro')}</p>
      {restored && (
        <p className="notice notice-ok" role="status" data-testid="restore-done">
          {t('bkRestored', { time: backupTime(restored.created_at, fmt.lang) })}
        </p>
      )}
      {backups.length === 0 ? (
        <Empty>{t('bkEmpty')}</Empty>
      ) : (
        <table className="report-table" data-testid="backup-list">
          <thead>
            <tr>
              <th>{t('bkTime')}</th>
              <th>{t('bkKind')}</th>
              <th className="num">{t('bkSize')}</th>
              <th aria-label={t('actions')} />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-backup={b.name} className={b.name === fresh ? 'fresh' : undefined}>
                <td>
                  {backupTime(b.created_at, fmt.lang)}
                  {b.name === fresh && <span className="badge badge-new">{t('bkNew')}</span>}
                </td>
                <td>{t(`bkKind_${b.kind}`)}</td>
                <td className="num">{backupSize(b.size_bytes)}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setRestoring(b)}>
                    {t('bkRestore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <RestoreDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(b) => {
            setRestored(b);
            setFresh(null);
            // The server's resync refreshes every screen; this one need not wait for it.
            void qc.invalidateQueries();
          }}
          onGone={() => void qc.invalidateQueries({ queryKey: keys.backups })}
        />
      )}
    </section>
  );
}

import { useState } from 'react';
import type { BackupInfo } from '../../../src-shared/types';
import { ApiError, api } from '../state/admin-api';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { backupError, backupTime } from '../state/backups';
import { Modal } from './Modal';

interface Props {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (backup: BackupInfo) => void;
  /** The backup was rotated out meanwhile: the list should be refetched. */
  onGone: () => void;
}

/**
 * Says exactly what a restore replaces and that the current state is kept first (the server
 * takes a pre-restore backup), then shows the restore in progress; it cannot be closed midway.
 */
export function RestoreDialog({ backup, onClose, onRestored, onGone }: Props) {
  const t = useAdminT();
  const fmt = useFormat();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const time = backupTime(backup.created_at, fmt.lang);
  const run = async () => {
    setPending(true);
    setError(null);
    try {
      const restored = await api.post<BackupInfo>(
        `/api/admin/backups/${encodeURIComponent(backup.name)}/restore`,
      );
      onRestored(restored);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) onGone();
      setError(backupError(t, e));
      setPending(false);
    }
  };
  const close = () => {
    if (!pending) onClose();
  };
  return (
    <Modal
      title={t('bkRestoreTitle', { time })}
      onClose={close}
      footer={
        <>
          <button type="button" onClick={close} disabled={pending}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" onClick={run} disabled={pending}>
            {pending ? t('working') : t('bkRestoreGo')}
          </button>
        </>
      }
    >
      <p className="confirm-text">{t('bkRestoreWhat', { time })}</p>
      <p className="notice">{t('bkRestoreSafe')}</p>
      <p className="muted">{t('bkRestorePause')}</p>
      {pending && (
        <p className="notice notice-warn restore-progress" role="status">
          <span className="spinner" aria-hidden="true" /> {t('bkRestoring')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}

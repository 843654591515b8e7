/** Plain-words helpers of the backups screen (A10). */
import { ApiError } from './admin-api';
import { errorText, type T } from './admin-i18n';

/** "512 KB" / "3.4 MB": what a manager compares between backups at a glance. */
export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A backup failure in plain words: a full or locked disk is the likely 503 on a store PC. */
export function backupError(t: T, e: unknown): string {
  if (e instanceof ApiError && e.status === 404) return t('bkGone');
  if (e instanceof ApiError && e.status === 503)
    return /disk|written/i.test(e.message) ? t('bkDisk') : t('bkBusy');
  return errorText(t, e);
}

/** With seconds: two backups of the same minute (a manual one, then its pre-restore) must differ. */
export function backupTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

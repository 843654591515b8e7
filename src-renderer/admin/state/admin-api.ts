/** The one API client of the admin app: bearer token from the session, any 401 logs out. */
import { ApiError, createApiClient } from '../../common/api';
import { endSession, getToken } from './auth-session';

export const api = createApiClient({
  getToken,
  // A 401 while logged in means the token expired or was revoked; at the login form it is
  // just wrong credentials, which the form shows itself.
  onUnauthorized: () => {
    if (getToken()) endSession('unauthorized');
  },
});

export { ApiError };

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/** Query keys in one place so events and mutations invalidate the same data. */
export const keys = {
  dashboard: ['dashboard'] as const,
  order: (id: number) => ['order', id] as const,
  tables: ['tables'] as const,
  history: ['history'] as const,
  categories: ['categories'] as const,
  menus: ['menus'] as const,
  staff: ['staff'] as const,
  stations: ['stations'] as const,
  callPresets: ['call-presets'] as const,
  printers: ['printers'] as const,
  printJobs: ['print-jobs'] as const,
  /** A table's bill (A12); every bill query of the table starts with this. */
  bill: (tableId: number) => ['bill', tableId] as const,
  bills: ['bill'] as const,
  backups: ['backups'] as const,
  summary: (date: string | null) => ['summary', date] as const,
  /** null = the server's today (its answer without parameters). */
  report: (range: { from: string; to: string } | null) =>
    ['report', range?.from ?? null, range?.to ?? null] as const,
  /** Every audit query starts with this (a restore or an act refreshes them all). */
  audit: ['audit'] as const,
};

/**
 * A write to the data folder that fails because of the disk, not the request — full, read-only,
 * no permission, an I/O error — is "the service cannot store this now" (503, the envelope's
 * SERVICE_UNAVAILABLE), not an internal error: the client may retry later, and the detail tells
 * the manager to look at the disk. Anything else is passed on unchanged.
 */
import { ServiceUnavailableError } from '../errors/app-error';

const FS_CODES = new Set([
  'ENOSPC',
  'EDQUOT',
  'EACCES',
  'EPERM',
  'EROFS',
  'EIO',
  'EMFILE',
  'ENFILE',
  'EFBIG',
]);
const SQLITE_RE = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|PERM)/;

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (FS_CODES.has(code) || SQLITE_RE.test(code));
}

/** `error` as a 503 when it is a storage failure; `what` names the thing that was not saved. */
export function asStorageError(error: unknown, what: string): unknown {
  if (!isStorageFailure(error)) return error;
  const code = (error as { code: string }).code;
  return new ServiceUnavailableError(
    `${what} could not be saved: the data folder cannot be written (${code}); check the disk`,
  );
}

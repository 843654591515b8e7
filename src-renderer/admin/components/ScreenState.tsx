import type { ReactNode } from 'react';
import { errorText, useAdminT } from '../state/admin-i18n';

/**
 * The three states every admin screen has besides its content, drawn the same way everywhere:
 * loading (a quiet line marked busy, so tests and screen readers know it will change), a load
 * error in the manager's language with a retry, and "nothing here yet" as a notice box.
 */
export function Loading() {
  const t = useAdminT();
  return (
    <p className="muted screen-loading" role="status" aria-busy="true">
      {t('loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useAdminT();
  return (
    <div className="error" role="alert">
      <p>{errorText(t, error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="notice">{children}</p>;
}

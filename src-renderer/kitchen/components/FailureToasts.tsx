import { useEffect } from 'react';
import type { BumpFailure } from '../state/use-board';
import { useKitchenT, type KitchenKey } from '../state/kitchen.i18n';
import { shortNumber } from './Ticket';

const SHOW_MS = 8000;

function reasonKey(f: BumpFailure): KitchenKey {
  if (f.error.status === 409) return 'failure.conflict';
  if (f.error.status === 404) return 'failure.notFound';
  if (f.error.isTransient) return 'failure.network';
  return 'failure.other';
}

function Toast({ failure, onDismiss }: { failure: BumpFailure; onDismiss: (id: number) => void }) {
  const t = useKitchenT();
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(failure.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [failure.id, onDismiss]);
  const reason = t(reasonKey(failure), { detail: failure.error.message });
  return (
    <div className="toast" role="alert" data-testid="bump-failure">
      <span>
        {t('failure.message', {
          table: failure.order.table_number,
          order: `#${shortNumber(failure.order.order_number)}`,
          reason,
        })}
      </span>
      <button type="button" className="btn btn-ghost" onClick={() => onDismiss(failure.id)}>
        {t('failure.dismiss')}
      </button>
    </div>
  );
}

export function FailureToasts({
  failures,
  onDismiss,
}: {
  failures: BumpFailure[];
  onDismiss: (id: number) => void;
}) {
  if (!failures.length) return null;
  return (
    <div className="toasts">
      {failures.map((f) => (
        <Toast key={f.id} failure={f} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

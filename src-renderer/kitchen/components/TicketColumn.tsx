import { useRef, type ReactNode } from 'react';
import { useHiddenBelow } from '../state/use-hidden-below';
import { useKitchenT } from '../state/kitchen.i18n';

interface Props {
  status: 'pending' | 'preparing' | 'completed';
  count: number | null;
  empty: boolean;
  listClassName: string;
  children: ReactNode;
}

/** A status column; when tickets run past the screen it says how many, so none hides silently. */
export function TicketColumn({ status, count, empty, listClassName, children }: Props) {
  const t = useKitchenT();
  const listRef = useRef<HTMLDivElement>(null);
  const hidden = useHiddenBelow(listRef);

  return (
    <section
      className={`column column-${status}`}
      data-testid={`column-${status}`}
      aria-labelledby={`h-${status}`}
    >
      <h2 id={`h-${status}`} className="column-title">
        {t(`column.${status}`)}
        {count !== null && (
          <span className="column-count" data-testid={`count-${status}`}>
            {t('column.count', { n: count })}
          </span>
        )}
        <span className="column-hint">{t(`column.hint.${status}`)}</span>
      </h2>
      <div className={listClassName} ref={listRef}>
        {children}
        {empty && <p className="column-empty">{t(`column.empty.${status}`)}</p>}
      </div>
      {hidden > 0 && (
        <button
          type="button"
          className="column-more"
          data-testid={`more-${status}`}
          onClick={() =>
            listRef.current?.scrollBy({ top: listRef.current.clientHeight * 0.8, behavior: 'smooth' })
          }
        >
          {t('ticket.more', { n: hidden })}
        </button>
      )}
    </section>
  );
}

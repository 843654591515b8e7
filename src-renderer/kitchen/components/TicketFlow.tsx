import { useRef, type ReactNode, type RefObject } from 'react';
import { useHiddenBelow } from '../state/use-hidden-below';
import { useKitchenT } from '../state/kitchen.i18n';

interface Props {
  counts: { pending: number; preparing: number };
  empty: boolean;
  /** The first board has not arrived yet: say so rather than show an empty grid. */
  loading: boolean;
  listRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/**
 * The open tickets, oldest first, flowing across the screen's width in as many columns as fit;
 * when they run past the bottom it says how many, so none hides silently.
 */
export function TicketFlow({ counts, empty, loading, listRef, children }: Props) {
  const t = useKitchenT();
  const own = useRef<HTMLDivElement | null>(null);
  const hidden = useHiddenBelow(own);

  const setRef = (el: HTMLDivElement | null) => {
    own.current = el;
    listRef.current = el;
  };

  return (
    <section className="flow" data-testid="ticket-flow" aria-labelledby="h-flow">
      <h2 id="h-flow" className="flow-title">
        {t('flow.title')}
        <span className="flow-count status-pending" data-testid="count-pending">
          {t('status.pending')} {counts.pending}
        </span>
        <span className="flow-count status-preparing" data-testid="count-preparing">
          {t('status.preparing')} {counts.preparing}
        </span>
      </h2>
      <div className="ticket-grid" ref={setRef}>
        {children}
        {loading && (
          <p className="column-empty" role="status" aria-busy="true">
            {t('flow.loading')}
          </p>
        )}
        {empty && <p className="column-empty">{t('flow.empty')}</p>}
      </div>
      {hidden > 0 && (
        <button
          type="button"
          className="column-more"
          data-testid="more-open"
          onClick={() => own.current?.scrollBy({ top: own.current.clientHeight * 0.8, behavior: 'smooth' })}
        >
          {t('ticket.more', { n: hidden })}
        </button>
      )}
    </section>
  );
}

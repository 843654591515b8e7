import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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
  const [hidden, setHidden] = useState(0);

  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const bottom = list.getBoundingClientRect().bottom;
    let n = 0;
    for (const el of list.querySelectorAll('[data-testid=ticket]')) {
      if (el.getBoundingClientRect().top > bottom - 40) n++;
    }
    setHidden(n);
  }, []);

  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    list.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      list.removeEventListener('scroll', measure);
    };
  }, [measure]);

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

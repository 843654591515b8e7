import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many tickets of a scrolling list start below its visible bottom, kept current on resize
 * and scroll, so a list that runs past the screen can say so instead of hiding tickets.
 */
export function useHiddenBelow(listRef: RefObject<HTMLElement | null>): number {
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
  }, [listRef]);

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
  }, [listRef, measure]);

  return hidden;
}

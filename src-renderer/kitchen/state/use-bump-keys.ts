/**
 * Hands-free control (K8): a keyboard or a USB bump bar (which types ordinary keys).
 * Arrows and 1–9 select a ticket, Enter or Space bumps it (the oldest when none is selected),
 * Backspace or R recalls the last bump, Esc clears the selection.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TicketView } from './board-view';

interface Options {
  tickets: readonly TicketView[];
  listRef: RefObject<HTMLElement | null>;
  /** False while a dialog is open: its fields and buttons own the keys then. */
  enabled: boolean;
  onBump: (view: TicketView) => void;
  onRecall: () => void;
}

const columnsOf = (list: HTMLElement | null) =>
  list ? Math.max(1, getComputedStyle(list).gridTemplateColumns.split(' ').filter(Boolean).length) : 1;

export function useBumpKeys({ tickets, listRef, enabled, onBump, onRecall }: Options) {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Where the selection was: when its ticket leaves (finished), the next one takes its place.
  const lastIndex = useRef(0);
  const foundIndex = selectedId === null ? -1 : tickets.findIndex((v) => v.order.id === selectedId);
  if (foundIndex >= 0) lastIndex.current = foundIndex;
  const selected =
    selectedId === null
      ? null
      : (tickets[foundIndex] ?? tickets[Math.min(lastIndex.current, tickets.length - 1)] ?? null);

  const latest = useRef({ tickets, selected, onBump, onRecall, enabled });
  useEffect(() => {
    latest.current = { tickets, selected, onBump, onRecall, enabled };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { tickets, selected, onBump, onRecall, enabled } = latest.current;
      if (!enabled || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog')) return;
      const index = selected ? tickets.indexOf(selected) : -1;
      const select = (i: number) => {
        const v = tickets[Math.max(0, Math.min(tickets.length - 1, i))];
        if (v) setSelectedId(v.order.id);
      };
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
          select(index + 1);
          break;
        case 'ArrowLeft':
          select(index < 0 ? 0 : index - 1);
          break;
        case 'ArrowDown':
          select(index < 0 ? 0 : index + columnsOf(listRef.current));
          break;
        case 'ArrowUp':
          select(index < 0 ? 0 : index - columnsOf(listRef.current));
          break;
        case 'Home':
          select(0);
          break;
        case 'End':
          select(tickets.length - 1);
          break;
        case 'Enter':
        case ' ': {
          const v = selected ?? tickets[0];
          if (v) {
            setSelectedId(v.order.id);
            onBump(v);
          }
          break;
        }
        case 'Backspace':
        case 'r':
        case 'R':
          onRecall();
          break;
        case 'Escape':
          setSelectedId(null);
          break;
        default:
          if (/^[1-9]$/.test(e.key)) {
            if (Number(e.key) <= tickets.length) select(Number(e.key) - 1);
          } else handled = false;
      }
      if (handled) e.preventDefault();
    };
    // Capture: a focused button must not also take Enter/Space as its own click.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [listRef]);

  const id = selected?.order.id ?? null;
  useEffect(() => {
    if (id === null) return;
    listRef.current
      ?.querySelector(`[data-order-id="${id}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [id, listRef]);

  return id;
}

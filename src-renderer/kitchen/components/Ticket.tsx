import type { MouseEvent } from 'react';
import type { OrderItem } from '../../../src-shared/types';
import { lineStation, prepTarget, type TicketView } from '../state/board-view';
import { ageOf, type BoardSettings } from '../state/settings';
import { serverClockOffset } from '../state/server-clock';
import { formatElapsed, useKitchenT, type KitchenKey } from '../state/kitchen.i18n';

export interface Tap {
  x: number;
  y: number;
}

interface Props {
  view: TicketView;
  now: number;
  settings: BoardSettings;
  prep: ReadonlyMap<number, number | null>;
  /** 1–9 for the tickets a digit key selects, else null. */
  keyNumber: number | null;
  selected: boolean;
  onBump: (view: TicketView, at: Tap) => void;
  onLine: (view: TicketView, line: OrderItem, at: Tap) => void;
}

/** How long a new ticket keeps its highlight. */
const NEW_FOR_MS = 20_000;

/** "ORD-20261124-0012" → "0012": what the kitchen calls out. */
export const shortNumber = (orderNumber: string) => orderNumber.split('-').pop() ?? orderNumber;

const tapOf = (e: MouseEvent): Tap => ({ x: e.clientX, y: e.clientY });

const LINE_ACTION: Record<OrderItem['status'], KitchenKey> = {
  pending: 'line.action.start',
  preparing: 'line.action.finish',
  completed: 'line.action.recall',
};

function LineBody({ item }: { item: OrderItem }) {
  const t = useKitchenT();
  return (
    <>
      <span className="qty">{item.quantity}</span>
      <span className="line-main">
        <span className="name">{item.menu_name}</span>
        {/* Options under the dish, the request boxed: a kitchen must not miss either. */}
        {(item.options ?? []).length > 0 && (
          <span className="ticket-options" data-testid="ticket-options">
            {item.options.map((o) => (
              <span key={o.option_id} className="ticket-option">
                {o.price_delta > 0 ? `+${o.name}` : o.name}
              </span>
            ))}
          </span>
        )}
        {item.note && (
          <span className="ticket-note" data-testid="ticket-note">
            {t('ticket.request')}: {item.note}
          </span>
        )}
      </span>
    </>
  );
}

/**
 * An open ticket. The header and the footer bump the ticket; each of this board's lines bumps
 * on its own; lines of other stations are shown dimmed, for context only.
 */
export function Ticket({ view, now, settings, prep, keyNumber, selected, onBump, onLine }: Props) {
  const t = useKitchenT();
  const { order, entry, status, saving } = view;
  const elapsed = now + serverClockOffset() - new Date(order.created_at).getTime();
  const age = ageOf(elapsed, settings, prepTarget(view.own, prep));
  const isNew = status === 'pending' && entry.arrivedAt !== null && now - entry.arrivedAt < NEW_FOR_MS;
  const action = status === 'pending' ? 'ticket.action.start' : 'ticket.action.finish';
  const label = `${t('ticket.tableLong', { n: order.table_number })} ${order.order_number} — ${t(action)}`;
  const classes = [
    'ticket',
    `ticket-${status}`,
    `age-${age}`,
    isNew && 'is-new',
    saving && 'is-saving',
    selected && 'is-selected',
  ];

  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      data-testid="ticket"
      data-order-id={order.id}
      data-order-number={order.order_number}
      data-status={order.status}
      data-board-status={status}
      data-age={age}
      data-selected={selected}
      title={order.order_number}
    >
      <button
        type="button"
        className="ticket-head"
        data-testid="ticket-bump"
        onClick={(e) => onBump(view, tapOf(e))}
        aria-label={label}
      >
        {keyNumber !== null && (
          <span className="ticket-key" aria-hidden>
            {keyNumber}
          </span>
        )}
        <span className="ticket-table">{t('ticket.table', { n: order.table_number })}</span>
        <span className="ticket-number">#{shortNumber(order.order_number)}</span>
        <span className="ticket-elapsed" data-testid="elapsed">
          {formatElapsed(elapsed)}
        </span>
      </button>
      {/* Below the header, not in it: a badge in the header made it wrap on narrow tickets. */}
      {isNew && (
        <div className="ticket-new" data-testid="ticket-new">
          {t('ticket.new')}
        </div>
      )}
      <ul className="ticket-lines">
        {view.own.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`line line-${item.status}${item.quantity > 1 ? ' multi' : ''}`}
              data-testid="ticket-line"
              data-item-id={item.id}
              data-status={item.status}
              data-station={lineStation(item)}
              aria-label={`${item.menu_name} ×${item.quantity} — ${t(LINE_ACTION[item.status])}`}
              onClick={(e) => onLine(view, item, tapOf(e))}
            >
              <LineBody item={item} />
            </button>
          </li>
        ))}
      </ul>
      {view.others.length > 0 && (
        <ul className="ticket-lines ticket-others" aria-label={t('ticket.others')}>
          {view.others.map((item) => (
            <li
              key={item.id}
              className={`line line-${item.status} is-other`}
              data-testid="ticket-other-line"
              data-item-id={item.id}
              data-status={item.status}
              data-station={lineStation(item)}
            >
              <LineBody item={item} />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="ticket-foot"
        data-testid="ticket-action"
        onClick={(e) => onBump(view, tapOf(e))}
      >
        <span className={`ticket-status status-${status}`}>{t(`status.${status}`)}</span>
        <span className="ticket-hint">{saving ? t('ticket.saving') : t(action)}</span>
      </button>
    </article>
  );
}

/** A finished ticket in the recall column: small, one tap brings it back to 준비중. */
export function RecallTicket({
  view,
  onTap,
}: {
  view: TicketView;
  onTap: (view: TicketView, at: Tap) => void;
}) {
  const t = useKitchenT();
  const { order, saving } = view;
  const summary = view.own
    .map((i) => {
      const opts = (i.options ?? []).map((o) => o.name).join('·');
      return `${i.menu_name}${opts ? `(${opts})` : ''} ×${i.quantity}`;
    })
    .join(', ');
  return (
    <button
      type="button"
      className={`recall${saving ? ' is-saving' : ''}`}
      data-testid="ticket"
      data-order-id={order.id}
      data-order-number={order.order_number}
      data-status={order.status}
      data-board-status={view.status}
      title={order.order_number}
      onClick={(e) => onTap(view, { x: e.clientX, y: e.clientY })}
      aria-label={`${t('ticket.tableLong', { n: order.table_number })} ${order.order_number} — ${t('ticket.action.recall')}`}
    >
      <span className="recall-head">
        <span className="ticket-table">{t('ticket.table', { n: order.table_number })}</span>
        <span className="ticket-number">#{shortNumber(order.order_number)}</span>
      </span>
      <span className="recall-summary">{summary}</span>
      <span className="recall-action">{saving ? t('ticket.saving') : `↺ ${t('ticket.action.recall')}`}</span>
    </button>
  );
}

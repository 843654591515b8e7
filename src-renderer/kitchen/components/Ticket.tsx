import type { MouseEvent } from 'react';
import type { BoardEntry } from '../state/board-state';
import { ageOf, type BoardSettings } from '../state/settings';
import { serverClockOffset } from '../state/server-clock';
import { formatElapsed, useKitchenT } from '../state/kitchen.i18n';

interface Props {
  entry: BoardEntry;
  now: number;
  settings: BoardSettings;
  saving: boolean;
  onTap: (entry: BoardEntry, at: { x: number; y: number }) => void;
}

/** How long a new ticket keeps its highlight. */
const NEW_FOR_MS = 20_000;

/** "ORD-20261124-0012" → "0012": what the kitchen calls out. */
export const shortNumber = (orderNumber: string) => orderNumber.split('-').pop() ?? orderNumber;

export function Ticket({ entry, now, settings, saving, onTap }: Props) {
  const t = useKitchenT();
  const { order } = entry;
  const elapsed = now + serverClockOffset() - new Date(order.created_at).getTime();
  const age = ageOf(elapsed, settings);
  const isNew = order.status === 'pending' && entry.arrivedAt !== null && now - entry.arrivedAt < NEW_FOR_MS;
  const action = order.status === 'pending' ? 'ticket.action.start' : 'ticket.action.finish';
  const onClick = (e: MouseEvent) => onTap(entry, { x: e.clientX, y: e.clientY });

  return (
    <button
      type="button"
      className={`ticket ticket-${order.status} age-${age}${isNew ? ' is-new' : ''}${saving ? ' is-saving' : ''}`}
      data-testid="ticket"
      data-order-id={order.id}
      data-order-number={order.order_number}
      data-status={order.status}
      data-age={age}
      title={order.order_number}
      onClick={onClick}
      aria-label={`${t('ticket.tableLong', { n: order.table_number })} ${order.order_number} — ${t(action)}`}
    >
      <header className="ticket-head">
        <span className="ticket-table">{t('ticket.table', { n: order.table_number })}</span>
        <span className="ticket-number">#{shortNumber(order.order_number)}</span>
        {isNew && <span className="ticket-new">{t('ticket.new')}</span>}
        <span className="ticket-elapsed" data-testid="elapsed">
          {formatElapsed(elapsed)}
        </span>
      </header>
      <ul className="ticket-lines">
        {order.items.map((item, i) => (
          <li key={`${item.menu_id}-${i}`} className={item.quantity > 1 ? 'multi' : undefined}>
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
          </li>
        ))}
      </ul>
      {saving && <footer className="ticket-foot">{t('ticket.saving')}</footer>}
    </button>
  );
}

/** A finished ticket in the recall column: small, one tap brings it back to 준비중. */
export function RecallTicket({ entry, saving, onTap }: Omit<Props, 'now' | 'settings'>) {
  const t = useKitchenT();
  const { order } = entry;
  const summary = order.items
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
      title={order.order_number}
      onClick={(e) => onTap(entry, { x: e.clientX, y: e.clientY })}
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

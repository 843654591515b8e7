/** The cart (T3): quantities, remove, clear, live total, and the way to order. */
import { useState } from 'react';
import { useGuestLang, useT } from '../../common/i18n';
import type { RichMenu } from '../../common/menu-extras';
import { dict } from '../state/tablet.dictionary';
import {
  clearCart,
  lineKey,
  MAX_QUANTITY,
  removeFromCart,
  setQuantity,
  useCart,
  type CartLine,
} from '../state/cart-store';
import { dishName, optionsText, useWon } from '../state/guest-text';

/** A line the store would refuse: sold out, no longer on the menu, or an option sold out or gone. */
export function unorderable(line: CartLine, menus: Map<number, RichMenu>): boolean {
  if (menus.size === 0) return false; // menu not loaded yet: let the server decide
  const m = menus.get(line.menu_id);
  if (!m || !m.available) return true;
  const options = (m.option_groups ?? []).flatMap((g) => g.options);
  return (line.options ?? []).some((o) => !options.find((x) => x.id === o.id)?.available);
}

/** The chosen options and the request under a line's name (cart, review, my orders). */
export function LineExtras(props: {
  menu: RichMenu | undefined;
  options: { id: number; name: string; price_delta: number }[];
  note: string | null | undefined;
}) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  if (!props.options.length && !props.note) return null;
  return (
    <span className="line-extras">
      {props.options.length > 0 && (
        <span className="line-options">{optionsText(props.menu, props.options, lang, won)}</span>
      )}
      {props.note && (
        <span className="line-note">
          {t('request')}: {props.note}
        </span>
      )}
    </span>
  );
}

export function cartTotal(lines: CartLine[]): number {
  return lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
}

export function CartPanel(props: {
  menus: Map<number, RichMenu>;
  notice: string | null;
  onDismissNotice: () => void;
  onOrder: () => void;
}) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  const lines = useCart();
  const blocked = lines.some((l) => unorderable(l, props.menus));
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  // On a phone the lines fold away under the total so the menu keeps the screen.
  const [open, setOpen] = useState(false);

  return (
    <aside className={`cart${open ? ' open' : ''}`} aria-label={t('cart')}>
      <div className="cart-head">
        <h2>
          {t('cart')} <span className="muted">{count > 0 && t('items', { n: count })}</span>
        </h2>
        {lines.length > 0 && (
          <button
            type="button"
            className="btn ghost small cart-toggle"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? t('foldCart') : t('showCart')}
          </button>
        )}
        {lines.length > 0 && (
          <button type="button" className="btn ghost small" onClick={clearCart}>
            {t('clearCart')}
          </button>
        )}
      </div>
      {props.notice && (
        <div className="notice" role="alert">
          <span>{props.notice}</span>
          <button type="button" className="btn ghost small" onClick={props.onDismissNotice}>
            {t('close')}
          </button>
        </div>
      )}
      {lines.length === 0 ? (
        <p className="cart-empty muted">{t('cartEmpty')}</p>
      ) : (
        <ul className="cart-lines">
          {lines.map((l) => {
            const bad = unorderable(l, props.menus);
            const key = lineKey(l);
            const menu = props.menus.get(l.menu_id);
            const name = dishName(menu, l.name, lang);
            return (
              <li key={key} className={`cart-line${bad ? ' bad' : ''}`} data-menu-id={l.menu_id}>
                <div className="cart-line-top">
                  <span className="cart-line-name">
                    {name}
                    {bad && <span className="tag">{t('soldOut')}</span>}
                  </span>
                  <span className="cart-line-sum">{won(l.price * l.quantity)}</span>
                </div>
                <LineExtras menu={menu} options={l.options ?? []} note={l.note} />
                <div className="cart-line-controls">
                  <button
                    type="button"
                    className="btn round"
                    aria-label={t('decrease', { name })}
                    onClick={() => setQuantity(key, l.quantity - 1)}
                  >
                    −
                  </button>
                  <span className="qty" aria-live="polite">
                    {l.quantity}
                  </span>
                  <button
                    type="button"
                    className="btn round"
                    aria-label={t('increase', { name })}
                    disabled={l.quantity >= MAX_QUANTITY || bad}
                    onClick={() => setQuantity(key, l.quantity + 1)}
                  >
                    +
                  </button>
                  <button type="button" className="btn ghost small" onClick={() => removeFromCart(key)}>
                    {t('remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="cart-foot">
        <div className="cart-total">
          <span>{t('total')}</span>
          <strong data-testid="cart-total">{won(cartTotal(lines))}</strong>
        </div>
        {blocked && <p className="hint">{t('removeSoldOut')}</p>}
        <button
          type="button"
          className="btn primary wide"
          disabled={lines.length === 0 || blocked}
          onClick={props.onOrder}
        >
          {t('order')}
        </button>
      </div>
    </aside>
  );
}

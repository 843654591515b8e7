/** The cart (T3): quantities, remove, clear, live total, and the way to order. */
import { useLang, useT } from '../../common/i18n';
import { formatWon } from '../../../src-shared/format';
import type { Menu } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import {
  clearCart,
  MAX_QUANTITY,
  removeFromCart,
  setQuantity,
  useCart,
  type CartLine,
} from '../state/cart-store';

/** A line the store would refuse: sold out, or no longer on the menu. */
export function unorderable(line: CartLine, menus: Map<number, Menu>): boolean {
  if (menus.size === 0) return false; // menu not loaded yet: let the server decide
  const m = menus.get(line.menu_id);
  return !m || !m.available;
}

export function cartTotal(lines: CartLine[]): number {
  return lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
}

export function CartPanel(props: {
  menus: Map<number, Menu>;
  notice: string | null;
  onDismissNotice: () => void;
  onOrder: () => void;
}) {
  const t = useT(dict);
  const [lang] = useLang();
  const lines = useCart();
  const blocked = lines.some((l) => unorderable(l, props.menus));
  const count = lines.reduce((n, l) => n + l.quantity, 0);

  return (
    <aside className="cart" aria-label={t('cart')}>
      <div className="cart-head">
        <h2>
          {t('cart')} <span className="muted">{count > 0 && t('items', { n: count })}</span>
        </h2>
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
            return (
              <li key={l.menu_id} className={`cart-line${bad ? ' bad' : ''}`} data-menu-id={l.menu_id}>
                <div className="cart-line-top">
                  <span className="cart-line-name">
                    {l.name}
                    {bad && <span className="tag">{t('soldOut')}</span>}
                  </span>
                  <span className="cart-line-sum">{formatWon(l.price * l.quantity, lang)}</span>
                </div>
                <div className="cart-line-controls">
                  <button
                    type="button"
                    className="btn round"
                    aria-label={t('decrease', { name: l.name })}
                    onClick={() => setQuantity(l.menu_id, l.quantity - 1)}
                  >
                    −
                  </button>
                  <span className="qty" aria-live="polite">
                    {l.quantity}
                  </span>
                  <button
                    type="button"
                    className="btn round"
                    aria-label={t('increase', { name: l.name })}
                    disabled={l.quantity >= MAX_QUANTITY || bad}
                    onClick={() => setQuantity(l.menu_id, l.quantity + 1)}
                  >
                    +
                  </button>
                  <button type="button" className="btn ghost small" onClick={() => removeFromCart(l.menu_id)}>
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
          <strong data-testid="cart-total">{formatWon(cartTotal(lines), lang)}</strong>
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

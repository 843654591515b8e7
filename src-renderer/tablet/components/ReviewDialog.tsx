/** Review before confirming (T4): every line, the total, one clear confirm. */
import { useGuestLang, useT } from '../../common/i18n';
import type { RichMenu } from '../../common/menu-extras';
import { dict } from '../state/tablet.dictionary';
import { lineKey, useCart } from '../state/cart-store';
import { dishName, useWon } from '../state/guest-text';
import { cartTotal, LineExtras, unorderable } from './CartPanel';
import { Dialog } from '../../common/Dialog';

export function ReviewDialog(props: {
  menus: Map<number, RichMenu>;
  submitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const won = useWon();
  const lines = useCart();
  const blocked = lines.some((l) => unorderable(l, props.menus));
  return (
    <Dialog
      className="tablet-dialog"
      labelledBy="review-title"
      onClose={props.onCancel}
      dismissable={!props.submitting}
    >
      <div className="modal review">
        <h2 id="review-title">{t('reviewTitle')}</h2>
        <p className="muted">{t('reviewHint')}</p>
        <ul className="review-lines">
          {lines.map((l) => (
            <li key={lineKey(l)}>
              <span className="review-line-name">
                <span>
                  {dishName(props.menus.get(l.menu_id), l.name, lang)} × {l.quantity}
                </span>
                <LineExtras menu={props.menus.get(l.menu_id)} options={l.options ?? []} note={l.note} />
              </span>
              <span>{won(l.price * l.quantity)}</span>
            </li>
          ))}
        </ul>
        <div className="cart-total">
          <span>{t('total')}</span>
          <strong>{won(cartTotal(lines))}</strong>
        </div>
        {blocked && <p className="hint">{t('removeSoldOut')}</p>}
        <div className="modal-actions">
          <button type="button" className="btn ghost" onClick={props.onCancel} disabled={props.submitting}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="btn primary"
            onClick={props.onConfirm}
            disabled={props.submitting || blocked || lines.length === 0}
          >
            {props.submitting ? t('sendingOrder') : t('placeOrder')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

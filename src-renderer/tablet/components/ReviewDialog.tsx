/** Review before confirming (T4): every line, the total, one clear confirm. */
import { useLang, useT } from '../../common/i18n';
import { formatWon } from '../../../src-shared/format';
import type { Menu } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { useCart } from '../state/cart-store';
import { cartTotal, unorderable } from './CartPanel';
import { Dialog } from '../../common/Dialog';

export function ReviewDialog(props: {
  menus: Map<number, Menu>;
  submitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT(dict);
  const [lang] = useLang();
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
            <li key={l.menu_id}>
              <span>
                {l.name} × {l.quantity}
              </span>
              <span>{formatWon(l.price * l.quantity, lang)}</span>
            </li>
          ))}
        </ul>
        <div className="cart-total">
          <span>{t('total')}</span>
          <strong>{formatWon(cartTotal(lines), lang)}</strong>
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

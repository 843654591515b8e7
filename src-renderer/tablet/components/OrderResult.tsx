/** After confirming: the order number (or "sending" when offline), then back to the menu by itself. */
import { useEffect, useState } from 'react';
import { useT } from '../../common/i18n';
import type { Order } from '../../../src-shared/types';
import { dailyNumber } from '../../common/menu-extras';
import { dict } from '../state/tablet.dictionary';
import { Dialog } from '../../common/Dialog';

const BACK_AFTER_S = 5;
/** The "sending" note is longer: give the guest time to read it. */
const BACK_AFTER_QUEUED_S = 12;

export function OrderResult(props: {
  result: { kind: 'done'; order: Order } | { kind: 'queued' };
  onClose: () => void;
}) {
  const t = useT(dict);
  const [left, setLeft] = useState(props.result.kind === 'queued' ? BACK_AFTER_QUEUED_S : BACK_AFTER_S);
  const { onClose } = props;

  useEffect(() => {
    const tick = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (left <= 0) onClose();
  }, [left, onClose]);

  return (
    <Dialog className="tablet-dialog" labelledBy="result-title" onClose={onClose}>
      <div className={`modal result ${props.result.kind}`}>
        {props.result.kind === 'done' ? (
          <>
            <div className="result-mark" aria-hidden="true">
              ✓
            </div>
            <h2 id="result-title">{t('orderDone')}</h2>
            {/* The short daily number a guest hears called out; the full one is for staff screens. */}
            <p
              className="order-number"
              data-testid="order-number"
              data-order-number={props.result.order.order_number}
            >
              {t('orderNo', { n: dailyNumber(props.result.order.order_number) })}
            </p>
            <p className="muted">{t('backSoon', { s: Math.max(left, 0) })}</p>
          </>
        ) : (
          <>
            <div className="result-mark pending" aria-hidden="true">
              …
            </div>
            <h2 id="result-title">{t('queuedTitle')}</h2>
            <p>{t('queuedHint')}</p>
            <p className="muted">{t('backSoon', { s: Math.max(left, 0) })}</p>
          </>
        )}
        <button type="button" className="btn primary wide" onClick={onClose}>
          {t('backToMenu')}
        </button>
      </div>
    </Dialog>
  );
}

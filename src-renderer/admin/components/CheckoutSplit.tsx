import { useState } from 'react';
import type { Bill, PaymentMethod } from '../../../src-shared/types';
import { newUuid } from '../../common/uuid';
import { api } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { billUrl, usePay } from '../state/checkout';
import { payErrorText } from './CheckoutPay';
import { useToast } from './Toasts';

interface Share {
  amount: number;
  /** One payment id per share: a second tap on the same share records nothing new. */
  intent: string;
  paidBy: PaymentMethod | null;
}

interface Plan {
  due: number;
  shares: Share[];
}

/**
 * Split what is due N ways (the server's whole-won amounts that add up exactly). The amounts
 * are fixed when split, so each share keeps its amount while the others are recorded.
 */
export function CheckoutSplit({ bill, method }: { bill: Bill; method: PaymentMethod }) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const pay = usePay(bill.table_id);
  const [ways, setWays] = useState(() => Math.min(20, Math.max(2, bill.guest_count ?? 2)));
  const [plan, setPlan] = useState<Plan | null>(null);
  const [busy, setBusy] = useState<number | 'split' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const split = async () => {
    setBusy('split');
    setError(null);
    try {
      const b = await api.get<Bill>(billUrl(bill.table_id, ways));
      const amounts = b.split_amounts ?? [];
      setPlan({
        due: b.due_amount,
        shares: amounts.map((amount) => ({ amount, intent: newUuid(), paidBy: null })),
      });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  const record = (i: number) => {
    const share = plan?.shares[i];
    if (!share || share.paidBy) return;
    setBusy(i);
    setError(null);
    pay.mutate(
      { client_payment_id: share.intent, method, amount: share.amount },
      {
        onSuccess: (p) => {
          setPlan(
            (pl) =>
              pl && { ...pl, shares: pl.shares.map((s, j) => (j === i ? { ...s, paidBy: p.method } : s)) },
          );
          toast('ok', t('paymentRecorded', { method: t(`method_${p.method}`), amount: f.won(p.amount) }));
        },
        onError: (e) => setError(payErrorText(t, f.won, e, bill.due_amount)),
        onSettled: () => setBusy(null),
      },
    );
  };

  const unpaid = plan ? plan.shares.filter((s) => !s.paidBy).reduce((a, s) => a + s.amount, 0) : 0;
  const stale = plan !== null && !pay.isPending && busy === null && unpaid !== bill.due_amount;

  return (
    <section className="co-section" aria-label={t('split')} data-testid="split-panel">
      <h3>{t('split')}</h3>
      <p className="muted co-hint">{t('splitHint')}</p>
      <div className="co-split-row">
        <button
          type="button"
          className="small"
          disabled={ways <= 2}
          onClick={() => setWays(ways - 1)}
          aria-label="−"
        >
          −
        </button>
        <span className="co-ways" data-testid="split-ways">
          {t('splitWays', { n: ways })}
        </span>
        <button
          type="button"
          className="small"
          disabled={ways >= 20}
          onClick={() => setWays(ways + 1)}
          aria-label="+"
        >
          +
        </button>
        <button type="button" disabled={bill.due_amount <= 0 || busy !== null} onClick={split}>
          {plan ? t('splitAgain') : t('splitDo')}
        </button>
      </div>
      {plan && (
        <ol className="co-shares" data-testid="split-shares">
          {plan.shares.map((s, i) => (
            <li key={s.intent} className={s.paidBy ? 'co-share is-paid' : 'co-share'}>
              <span className="co-share-n">{t('splitShare', { i: i + 1 })}</span>
              <span className="co-share-amount nowrap">{f.won(s.amount)}</span>
              {s.paidBy ? (
                <span className="badge badge-ok nowrap">
                  ✓ {t('splitRecorded')} · {t(`method_${s.paidBy}`)}
                </span>
              ) : (
                <button
                  type="button"
                  className="small primary nowrap"
                  disabled={busy !== null || stale}
                  onClick={() => record(i)}
                >
                  {t('splitRecord', { method: t(`method_${method}`) })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {stale && <p className="notice notice-warn">{t('splitStale')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

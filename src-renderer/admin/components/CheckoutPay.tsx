import { useMemo, useState } from 'react';
import type { Bill, PaymentMethod } from '../../../src-shared/types';
import { newUuid } from '../../common/uuid';
import { ApiError } from '../state/admin-api';
import { errorText, useAdminT, useFormat, type T } from '../state/admin-i18n';
import { METHODS, usePay } from '../state/checkout';
import { useToast } from './Toasts';

/** A refused payment in plain words: the server's 409 says why (too much, nothing due, ended). */
export function payErrorText(t: T, won: (n: number) => string, e: unknown, due: number): string {
  if (e instanceof ApiError && e.status === 409) {
    if (/no active session/i.test(e.message)) return t('payNoSeating');
    if (/nothing is due/i.test(e.message) || due <= 0) return t('payNothingDue');
    if (/is due/i.test(e.message)) return t('payTooMuch', { due: won(due) });
  }
  return errorText(t, e);
}

export function MethodPicker({
  value,
  onChange,
}: {
  value: PaymentMethod;
  onChange: (m: PaymentMethod) => void;
}) {
  const t = useAdminT();
  return (
    <div className="co-methods" role="radiogroup" aria-label={t('method')}>
      {METHODS.map((m) => (
        <button
          key={m}
          type="button"
          role="radio"
          aria-checked={value === m}
          className={value === m ? 'co-method is-on' : 'co-method'}
          onClick={() => onChange(m)}
        >
          {t(`method_${m}`)}
        </button>
      ))}
    </div>
  );
}

interface Props {
  bill: Bill;
  method: PaymentMethod;
  onMethod: (m: PaymentMethod) => void;
  amount: string;
  onAmount: (a: string) => void;
  onRecorded: () => void;
}

/** Record one payment: method, amount (prefilled with what is due), quick amounts. */
export function CheckoutPay({ bill, method, onMethod, amount, onAmount, onRecorded }: Props) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const pay = usePay(bill.table_id);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // One id per intent: a double click (or a retry after a lost answer) records once.
  const intent = useMemo(() => newUuid(), [method, amount, round]); // eslint-disable-line react-hooks/exhaustive-deps
  const value = Number(amount);
  // More than is due goes to the server anyway: its 409 (with the current due) is the truth.
  const valid = Number.isInteger(value) && value >= 1;
  const due = bill.due_amount;

  const record = () => {
    if (!valid) {
      setError(due > 0 ? t('payAmountInvalid') : t('payNothingDue'));
      return;
    }
    setError(null);
    pay.mutate(
      { client_payment_id: intent, method, amount: value },
      {
        onSuccess: (p) => {
          toast('ok', t('paymentRecorded', { method: t(`method_${p.method}`), amount: f.won(p.amount) }));
          setRound((r) => r + 1);
          onRecorded();
        },
        onError: (e) => setError(payErrorText(t, f.won, e, due)),
      },
    );
  };

  const quick = [
    { label: t('quickDue'), amount: due },
    { label: t('quickHalf'), amount: Math.ceil(due / 2) },
    { label: f.won(10_000), amount: 10_000 },
    { label: f.won(50_000), amount: 50_000 },
  ];
  return (
    <section className="co-section" aria-label={t('recordPayment')}>
      <h3>{t('recordPayment')}</h3>
      <MethodPicker value={method} onChange={onMethod} />
      <div className="co-amount-row">
        <label className="co-amount">
          <span>{t('payAmount')}</span>
          <input
            inputMode="numeric"
            value={amount}
            onChange={(e) => onAmount(e.target.value.replace(/[^0-9]/g, ''))}
            data-testid="pay-amount"
          />
          <span className="muted">원</span>
        </label>
        <button
          type="button"
          className="primary co-record"
          disabled={pay.isPending || due <= 0}
          onClick={record}
          data-testid="pay-record"
        >
          {t('recordAs', { method: t(`method_${method}`), amount: f.won(valid ? value : 0) })}
        </button>
      </div>
      <div className="co-quick">
        {quick.map((q) => (
          <button
            key={q.label}
            type="button"
            className="small"
            disabled={due <= 0 || q.amount > due}
            onClick={() => onAmount(String(q.amount))}
          >
            {q.label}
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

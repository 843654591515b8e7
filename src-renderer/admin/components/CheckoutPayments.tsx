import { useState } from 'react';
import type { Bill, Payment } from '../../../src-shared/types';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useVoidPayment } from '../state/checkout';
import { Modal } from './Modal';
import { useToast } from './Toasts';

/** The seating's payments, voided ones struck through; void asks for a reason first. */
export function CheckoutPayments({ bill }: { bill: Bill }) {
  const t = useAdminT();
  const f = useFormat();
  const [voiding, setVoiding] = useState<Payment | null>(null);
  return (
    <section className="co-section" aria-label={t('payments')}>
      <h3>{t('payments')}</h3>
      {bill.payments.length === 0 ? (
        <p className="muted">{t('noPayments')}</p>
      ) : (
        <ul className="co-payments" data-testid="payments">
          {bill.payments.map((p) => (
            <li
              key={p.id}
              className={p.voided_at ? 'co-payment is-voided' : 'co-payment'}
              data-testid="payment-row"
            >
              <span className="muted nowrap">{f.time(p.created_at)}</span>
              <span className="co-pay-method nowrap">{t(`method_${p.method}`)}</span>
              <span className="co-pay-amount nowrap">{f.won(p.amount)}</span>
              {p.voided_at ? (
                <span className="badge badge-off nowrap">
                  {t('voided')} {f.time(p.voided_at)}
                </span>
              ) : (
                <button type="button" className="small danger-outline nowrap" onClick={() => setVoiding(p)}>
                  {t('voidPayment')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {voiding && <VoidDialog tableId={bill.table_id} payment={voiding} onClose={() => setVoiding(null)} />}
    </section>
  );
}

function VoidDialog({
  tableId,
  payment,
  onClose,
}: {
  tableId: number;
  payment: Payment;
  onClose: () => void;
}) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const voidPayment = useVoidPayment(tableId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    if (!reason.trim()) {
      setError(t('voidReasonRequired'));
      return;
    }
    setError(null);
    voidPayment.mutate(
      { id: payment.id, reason: reason.trim() },
      {
        onSuccess: () => {
          toast('ok', t('voidedToast', { amount: f.won(payment.amount) }));
          onClose();
        },
        onError: (e) => setError(errorText(t, e)),
      },
    );
  };
  return (
    <Modal
      title={t('voidTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={voidPayment.isPending}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" onClick={run} disabled={voidPayment.isPending}>
            {voidPayment.isPending ? t('working') : t('voidDo')}
          </button>
        </>
      }
    >
      <p className="confirm-text">
        {t('voidConfirm', {
          time: f.time(payment.created_at),
          method: t(`method_${payment.method}`),
          amount: f.won(payment.amount),
        })}
      </p>
      <label className="field">
        <span className="field-label">{t('voidReason')}</span>
        <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} autoFocus />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}

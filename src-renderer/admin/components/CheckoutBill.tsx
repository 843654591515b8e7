import { useState } from 'react';
import type { Bill } from '../../../src-shared/types';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useGuestCount } from '../state/checkout';
import { useToast } from './Toasts';

interface Props {
  bill: Bill;
  /** Indexes of the ticked lines (pay by chosen lines). */
  ticked: ReadonlySet<number>;
  onTick: (index: number, on: boolean) => void;
}

/** The merged bill lines (tick to pay for some), the totals and the guest count. */
export function CheckoutBill({ bill, ticked, onTick }: Props) {
  const t = useAdminT();
  const f = useFormat();
  return (
    <div className="co-bill">
      <h3>{t('billLines')}</h3>
      {bill.lines.length === 0 ? (
        <p className="muted">{t('billEmpty')}</p>
      ) : (
        <div className="co-lines-wrap">
          <table className="lines co-lines" data-testid="bill-lines">
            <tbody>
              {bill.lines.map((l, i) => (
                <tr key={i} className={ticked.has(i) ? 'is-ticked' : undefined}>
                  <td className="co-tick">
                    <input
                      type="checkbox"
                      checked={ticked.has(i)}
                      aria-label={t('tickLine', { name: l.menu_name })}
                      onChange={(e) => onTick(i, e.target.checked)}
                    />
                  </td>
                  <td>
                    <span className="co-line-name">{l.menu_name}</span>
                    {l.options.length > 0 && <span className="co-line-sub">{l.options.join(', ')}</span>}
                    {l.note && <span className="co-line-sub">“{l.note}”</span>}
                  </td>
                  <td className="num nowrap muted">
                    {f.won(l.unit_price)} × {l.quantity}
                  </td>
                  <td className="num nowrap">{f.won(l.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl className="co-sums" data-testid="bill-sums">
        <dt>{t('totalAmount')}</dt>
        <dd data-testid="bill-total">{f.won(bill.total_amount)}</dd>
        <dt>{t('paidAmount')}</dt>
        <dd data-testid="bill-paid">{f.won(bill.paid_amount)}</dd>
        <dt className="co-due-label">{t('dueAmount')}</dt>
        <dd className={bill.due_amount > 0 ? 'co-due' : 'co-due is-zero'} data-testid="bill-due">
          {f.won(bill.due_amount)}
        </dd>
      </dl>
      {bill.due_amount < 0 && (
        <p className="notice notice-warn">{t('overpaid', { amount: f.won(-bill.due_amount) })}</p>
      )}
      {bill.due_amount === 0 && bill.total_amount > 0 && (
        <p className="notice notice-ok">{t('paidInFull')}</p>
      )}
      <GuestCount bill={bill} />
    </div>
  );
}

function GuestCount({ bill }: { bill: Bill }) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const save = useGuestCount(bill.table_id);
  const [error, setError] = useState<string | null>(null);
  const n = bill.guest_count;
  const set = (value: number) => {
    if (value < 1 || value > 99) return;
    setError(null);
    save.mutate(value, {
      onSuccess: () => toast('ok', t('guestSaved', { n: value })),
      onError: (e) => setError(errorText(t, e)),
    });
  };
  return (
    <div className="co-guests">
      <span className="co-guests-label">{t('guestCount')}</span>
      <button
        type="button"
        className="small"
        aria-label={t('fewerGuests')}
        disabled={!n || n <= 1 || save.isPending}
        onClick={() => n && set(n - 1)}
      >
        −
      </button>
      <span className="co-guests-n" data-testid="guest-count">
        {n ? t('guestsN', { n }) : t('guestUnknown')}
      </span>
      <button
        type="button"
        className="small"
        aria-label={t('moreGuests')}
        disabled={(n ?? 0) >= 99 || save.isPending}
        onClick={() => set((n ?? 0) + 1)}
      >
        +
      </button>
      {n !== null && n > 1 && bill.total_amount > 0 && (
        <span className="muted nowrap">
          {t('perGuest', { amount: f.won(Math.ceil(bill.total_amount / n)) })}
        </span>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

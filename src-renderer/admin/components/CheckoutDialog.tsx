import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dashboard, PaymentMethod } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useBill, useEndSeating } from '../state/checkout';
import { CheckoutBill } from './CheckoutBill';
import { CheckoutPay } from './CheckoutPay';
import { CheckoutPayments } from './CheckoutPayments';
import { CheckoutSplit } from './CheckoutSplit';
import { ConfirmDialog } from './ConfirmDialog';
import { FloorDialog } from './FloorDialog';
import { Modal } from './Modal';
import { useToast } from './Toasts';

interface Props {
  tableId: number;
  /** After a move or merge the guests sit at another table: show that one. */
  onSwitchTable: (tableId: number) => void;
  onClose: () => void;
}

/**
 * A12/A13: one table's checkout — the bill, payments (whole, split evenly, by ticked lines),
 * voids, guest count, moving and merging, and ending the visit (one step when paid).
 */
export function CheckoutDialog({ tableId, onSwitchTable, onClose }: Props) {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const bill = useBill(tableId);
  const dashboard = useQuery({
    queryKey: keys.dashboard,
    queryFn: () => api.get<Dashboard>('/api/admin/dashboard'),
  });
  const table = dashboard.data?.tables.find((x) => x.id === tableId);
  const end = useEndSeating(tableId);
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [amount, setAmount] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [confirmUnpaid, setConfirmUnpaid] = useState(false);
  const [floor, setFloor] = useState<'move' | 'merge' | null>(null);
  const [endError, setEndError] = useState<string | null>(null);

  const b = bill.data ?? null;
  const lineSum = b ? [...ticked].reduce((s, i) => s + (b.lines[i]?.amount ?? 0), 0) : 0;
  // The amount follows what is due (or the ticked lines) whenever either changes.
  const due = b?.due_amount ?? 0;
  useEffect(() => setAmount(String(ticked.size ? lineSum : Math.max(0, due))), [due, lineSum, ticked.size]);
  // Lines are positions in the merged list: a changed list invalidates the ticks.
  const lineKey = b?.lines.map((l) => `${l.menu_name}/${l.quantity}`).join('|');
  useEffect(() => setTicked(new Set()), [lineKey]);

  const finish = async () => {
    setEndError(null);
    const r = await end.mutateAsync();
    const n = b?.table_number ?? table?.table_number ?? 0;
    if (r.unpaid_amount > 0) toast('error', t('endedUnpaid', { n, amount: f.won(r.unpaid_amount) }));
    else toast('ok', t('endedPaid', { n }));
    onClose();
  };
  const endClicked = () => {
    if (due > 0) setConfirmUnpaid(true);
    else finish().catch((e) => setEndError(errorText(t, e)));
  };

  const title = t('checkoutTitle', { n: b?.table_number ?? table?.table_number ?? '' });
  return (
    <Modal
      title={title}
      onClose={onClose}
      wide="xl"
      footer={
        <>
          <button type="button" disabled={!b || !table} onClick={() => setFloor('move')}>
            {t('moveTable')}
          </button>
          <button type="button" disabled={!b || !table} onClick={() => setFloor('merge')}>
            {t('mergeTable')}
          </button>
          <span className="spacer" />
          {endError && (
            <span className="error co-end-error" role="alert">
              {endError}
            </span>
          )}
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
          <button
            type="button"
            className={due > 0 ? 'danger-outline' : 'primary'}
            disabled={!b || end.isPending}
            onClick={endClicked}
            data-testid="checkout-end"
          >
            {end.isPending ? t('working') : t('endPaid')}
          </button>
        </>
      }
    >
      {bill.isPending && <p className="muted">{t('loading')}</p>}
      {bill.isError && (
        <p className="error" role="alert">
          {errorText(t, bill.error)}
        </p>
      )}
      {bill.isSuccess && !b && <p className="notice">{t('noSeating')}</p>}
      {b && (
        <div className="co-grid" data-testid="checkout">
          <CheckoutBill
            bill={b}
            ticked={ticked}
            onTick={(i, on) =>
              setTicked((s) => {
                const next = new Set(s);
                if (on) next.add(i);
                else next.delete(i);
                return next;
              })
            }
          />
          <div className="co-side">
            {ticked.size > 0 && (
              <p className="notice co-lines-note" data-testid="lines-selected">
                {t('byLines')}: {t('linesSelected', { count: ticked.size, amount: f.won(lineSum) })}
              </p>
            )}
            <CheckoutPay
              bill={b}
              method={method}
              onMethod={setMethod}
              amount={amount}
              onAmount={setAmount}
              onRecorded={() => setTicked(new Set())}
            />
            <CheckoutSplit key={b.session_id} bill={b} method={method} />
            <CheckoutPayments bill={b} />
          </div>
        </div>
      )}
      {confirmUnpaid && b && (
        <ConfirmDialog
          title={t('endUnpaidTitle')}
          message={t('endUnpaidConfirm', { n: b.table_number, amount: f.won(due) })}
          confirmLabel={t('endUnpaidDo')}
          onConfirm={finish}
          onClose={() => setConfirmUnpaid(false)}
        />
      )}
      {floor && table && (
        <FloorDialog
          mode={floor}
          from={table}
          onClose={() => setFloor(null)}
          onDone={(to) => {
            setFloor(null);
            onSwitchTable(to);
          }}
        />
      )}
    </Modal>
  );
}

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardTable, Order } from '../../../src-shared/types';
import { api, ApiError, keys } from '../state/admin-api';
import { navigate } from '../state/admin-router';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { useUnseenByTable } from '../state/new-orders';
import { useDense, useMinuteClock } from '../state/dashboard-prefs';
import { DashboardSettings } from '../components/DashboardSettings';
import { useEndSession } from '../state/order-actions';
import { TableCard } from '../components/TableCard';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useToast } from '../components/Toasts';
import { OrderDetailDialog } from '../components/OrderDetailDialog';
import { CheckoutDialog } from '../components/CheckoutDialog';
import { useBill } from '../state/checkout';

const NONE: readonly number[] = [];

/** A2: every table live; the SSE hook keeps the `dashboard` query current. */
export function DashboardScreen() {
  const t = useAdminT();
  const f = useFormat();
  const toast = useToast();
  const unseen = useUnseenByTable();
  const dense = useDense();
  const now = useMinuteClock();
  const [filter, setFilter] = useState('all');
  const [onlyActive, setOnlyActive] = useState(false);
  const [openOrder, setOpenOrder] = useState<Order | null>(null);
  const [ending, setEnding] = useState<DashboardTable | null>(null);
  const [checkout, setCheckout] = useState<number | null>(null);
  const endSession = useEndSession();
  const q = useQuery({ queryKey: keys.dashboard, queryFn: () => api.get<Dashboard>('/api/admin/dashboard') });

  if (q.isPending) return <p className="muted">{t('loading')}</p>;
  if (q.isError)
    return (
      <div className="error" role="alert">
        <p>{errorText(t, q.error)}</p>
        <button type="button" onClick={() => q.refetch()}>
          {t('retry')}
        </button>
      </div>
    );

  const tables = [...q.data.tables]
    .sort((a, b) => a.table_number - b.table_number)
    .filter((x) => (filter === 'all' ? true : String(x.id) === filter))
    .filter((x) => !onlyActive || x.session);

  return (
    <section className={dense ? 'dash dash-dense' : 'dash'}>
      <div className="toolbar dash-toolbar">
        <label className="inline">
          {t('filterTable')}
          <select value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="table-filter">
            <option value="all">{t('allTables')}</option>
            {[...q.data.tables]
              .sort((a, b) => a.table_number - b.table_number)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {t('tableN', { n: x.table_number })}
                </option>
              ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={onlyActive} onChange={(e) => setOnlyActive(e.target.checked)} />
          {t('onlyActive')}
        </label>
        <DashboardSettings tableCount={q.data.tables.length} />
      </div>
      {q.data.tables.length === 0 && <p className="notice">{t('noTables')}</p>}
      <div className="grid dash-grid">
        {tables.map((table) => (
          <TableCard
            key={table.id}
            table={table}
            unseen={unseen.get(table.id) ?? NONE}
            dense={dense}
            now={now}
            onOpenOrder={setOpenOrder}
            onEndSession={setEnding}
            onCheckout={(x) => setCheckout(x.id)}
            onHistory={(x) => navigate('history', { table: String(x.id) })}
          />
        ))}
      </div>
      {openOrder && <OrderDetailDialog initial={openOrder} onClose={() => setOpenOrder(null)} />}
      {checkout !== null && (
        <CheckoutDialog tableId={checkout} onSwitchTable={setCheckout} onClose={() => setCheckout(null)} />
      )}
      {ending && (
        <ConfirmDialog
          title={t('endSessionTitle', { n: ending.table_number })}
          message={t('endSessionConfirm', {
            n: ending.table_number,
            count: ending.session?.order_count ?? 0,
            total: f.won(ending.session?.total_amount ?? 0),
          })}
          detail={<UnpaidNote tableId={ending.id} />}
          confirmLabel={t('endSession')}
          onConfirm={async () => {
            const r = await endSession.mutateAsync(ending.id);
            if (r.unpaid_amount > 0)
              toast('error', t('endedUnpaid', { n: ending.table_number, amount: f.won(r.unpaid_amount) }));
            else toast('ok', t('sessionEnded', { n: ending.table_number, count: r.archived_orders }));
          }}
          describeError={(e) =>
            e instanceof ApiError && e.status === 409 ? t('noActiveSession') : errorText(t, e)
          }
          onClose={() => setEnding(null)}
        />
      )}
    </section>
  );
}

/** The card's end confirmation also names what is still due (A12). */
function UnpaidNote({ tableId }: { tableId: number }) {
  const t = useAdminT();
  const f = useFormat();
  const bill = useBill(tableId);
  const due = bill.data?.due_amount ?? 0;
  if (due <= 0) return null;
  return (
    <p className="notice notice-warn" data-testid="end-unpaid">
      {t('endCardUnpaid', { amount: f.won(due) })}
    </p>
  );
}

/** The guest's screen: menu and cart side by side, my orders, and the order flow (T2–T5). */
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../common/api';
import { useT } from '../../common/i18n';
import type { Order } from '../../../src-shared/types';
import { dailyNumber, type RichMenu } from '../../common/menu-extras';
import { dict, type TabletText } from '../state/tablet.dictionary';
import type { TableSession } from '../state/auth-store';
import { clearCart, getCart, MAX_LINES, restoreToCart, syncCartWithMenu } from '../state/cart-store';
import { clearFloorChange, useFloorChange, useTableEvents } from '../state/live-events';
import { onOutboxEvent, submitOrder } from '../state/outbox-store';
import { MENU_KEY, ORDERS_KEY, queryClient, useMenu } from '../state/queries';
import { onCallRefused } from '../state/calls-store';
import { useWakeLock } from '../state/wake-lock';
import { BillView } from '../components/BillView';
import { CallSheet } from '../components/CallSheet';
import { CallStrip, refusalOfCall } from '../components/CallStatus';
import { CartPanel } from '../components/CartPanel';
import { GuestQrDialog } from '../components/GuestQrDialog';
import { Header, type View } from '../components/Header';
import { MenuView } from '../components/MenuView';
import { MyOrders } from '../components/MyOrders';
import { OfflineBanner } from '../components/OfflineBanner';
import { OrderResult } from '../components/OrderResult';
import { ReviewDialog } from '../components/ReviewDialog';
import { StaffGate } from '../components/StaffGate';

type Result = { kind: 'done'; order: Order } | { kind: 'queued' };

/** Why the store refused an order, in words a guest understands. */
function refusalText(e: ApiError): TabletText {
  if (e.code === 'SESSION_ENDED') return 'refusedSessionEnded';
  if (e.status === 400) return 'refusedSoldOut';
  if (e.status === 404) return 'refusedGone';
  if (e.status === 409) return 'refusedConflict';
  return 'refusedOther';
}

export function MainScreen({ session }: { session: TableSession }) {
  const t = useT(dict);
  useTableEvents(session.table_id);
  // A table tablet stays awake while it shows the menu; a guest's phone dims as its owner set it.
  useWakeLock(!session.guest);
  const menu = useMenu();
  const [view, setView] = useState<View>('menu');
  const [calling, setCalling] = useState(false);
  const [phoneQr, setPhoneQr] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [staffGate, setStaffGate] = useState(false);

  const menus = useMemo(() => {
    const map = new Map<number, RichMenu>();
    for (const c of menu.data?.categories ?? []) for (const m of c.menus) map.set(m.id, m);
    return map;
  }, [menu.data]);

  useEffect(() => syncCartWithMenu(menus), [menus]);

  // Orders that were waiting in the outbox and are answered while the guest does something else.
  useEffect(
    () =>
      onOutboxEvent((e) => {
        if (e.foreground) return;
        if (e.type === 'delivered')
          setToast(t('delivered', { no: t('orderNo', { n: dailyNumber(e.order.order_number) }) }));
        // The guest who made it has left, or the staff deleted it: dropped, not put back in the cart.
        else if (e.error.code === 'SESSION_ENDED') setNotice(t('outboxSessionEnded'));
        else if (e.error.code === 'ORDER_DELETED') setNotice(t('outboxDeleted'));
        else {
          restoreToCart(e.pending.lines);
          setNotice(`${t('laterRefused')} ${t(refusalText(e.error))}`);
        }
      }),
    [t],
  );

  // A13: the seating was moved or merged away: back to an empty table, saying why.
  const floor = useFloorChange();
  useEffect(() => {
    if (!floor.change) return;
    setView('menu');
    setReviewing(false);
    setResult(null);
    setCalling(false);
    setNotice(t(floor.change === 'moved' ? 'floorMoved' : 'floorMerged'));
    clearFloorChange();
  }, [floor, t]);

  // A call that waited offline and was refused when it arrived (seating over, too many open).
  useEffect(() => onCallRefused((_, e) => setNotice(t(refusalOfCall(e)))), [t]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 6000);
    return () => clearTimeout(timer);
  }, [toast]);

  async function place() {
    const lines = getCart();
    if (!lines.length || submitting) return;
    setSubmitting(true);
    setNotice(null);
    const r = await submitOrder(lines);
    setSubmitting(false);
    setReviewing(false);
    if (r.kind === 'refused') {
      setNotice(t(refusalText(r.error)));
      void queryClient.invalidateQueries({ queryKey: MENU_KEY });
      // SESSION_ENDED: learn the table's current session so the next attempt carries it.
      void queryClient.invalidateQueries({ queryKey: ORDERS_KEY });
      return;
    }
    clearCart();
    setResult(r.kind === 'delivered' ? { kind: 'done', order: r.order } : { kind: 'queued' });
  }

  return (
    <div className="shell">
      <Header
        session={session}
        view={view}
        onView={setView}
        onStaff={() => setStaffGate(true)}
        onCall={() => setCalling(true)}
        onPhoneQr={session.guest ? undefined : () => setPhoneQr(true)}
      />
      <OfflineBanner />
      <CallStrip />
      <main className={`main view-${view}`}>
        {view === 'menu' ? (
          <MenuView query={menu} onFull={() => setNotice(t('cartFull', { n: MAX_LINES }))} />
        ) : (
          <div className="history">
            <div className="history-tabs" role="tablist">
              {(['orders', 'bill'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  role="tab"
                  aria-selected={view === v}
                  className="history-tab"
                  onClick={() => setView(v)}
                >
                  {t(v === 'orders' ? 'myOrders' : 'bill')}
                </button>
              ))}
            </div>
            {view === 'orders' ? <MyOrders /> : <BillView />}
          </div>
        )}
        <CartPanel
          menus={menus}
          notice={notice}
          onDismissNotice={() => setNotice(null)}
          onOrder={() => {
            setNotice(null);
            setReviewing(true);
          }}
        />
      </main>
      {reviewing && (
        <ReviewDialog
          menus={menus}
          submitting={submitting}
          onConfirm={place}
          onCancel={() => setReviewing(false)}
        />
      )}
      {result && (
        <OrderResult
          result={result}
          onClose={() => {
            setResult(null);
            setView('menu');
          }}
        />
      )}
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
      {calling && <CallSheet onClose={() => setCalling(false)} />}
      {phoneQr && <GuestQrDialog onClose={() => setPhoneQr(false)} />}
      {staffGate && !session.guest && (
        <StaffGate storeCode={session.store_code} onClose={() => setStaffGate(false)} />
      )}
    </div>
  );
}

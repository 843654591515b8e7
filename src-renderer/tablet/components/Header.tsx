import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';
import type { TableSession } from '../state/auth-store';
import { useConnection } from '../state/live-events';
import { useOutbox } from '../state/outbox-store';
import { usePendingCalls } from '../state/calls-store';
import { LangSwitch } from './LangSwitch';
import { LongPress } from './StaffGate';

export type View = 'menu' | 'orders' | 'bill';

function Icon({ path }: { path: string }) {
  return (
    <svg className="btn-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

const BELL = 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0';
const PHONE = 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2';

/**
 * Store and table, a calm connection dot, language, the switch between menu and my orders, the
 * phone QR (tablet only) and the staff call — in the header so the cart never covers it (T9).
 */
export function Header(props: {
  session: TableSession;
  view: View;
  onView: (view: View) => void;
  onStaff: () => void;
  onCall: () => void;
  onPhoneQr?: () => void;
}) {
  const t = useT(dict);
  const connection = useConnection();
  const waiting = useOutbox().length + usePendingCalls().length;
  const state = connection === 'live' ? 'online' : connection === 'connecting' ? 'connecting' : 'offline';
  const label =
    state === 'online' ? t('online') : state === 'connecting' ? t('connecting') : t('reconnecting');
  const name = <span className="store-name">{props.session.store_name}</span>;

  return (
    <header className="header">
      <div className="brand">
        {/* A guest's phone has no staff or setup actions. */}
        {props.session.guest ? name : <LongPress onLongPress={props.onStaff}>{name}</LongPress>}
        <span className="table-no">{t('table', { n: props.session.table_number })}</span>
      </div>
      <div className="header-actions">
        <span className={`conn conn-${state}`} role="status" data-state={connection}>
          <span className="dot" aria-hidden="true" />
          <span className="conn-label">{label}</span>
          {waiting > 0 && <span className="conn-wait"> · {t('sending')}</span>}
        </span>
        <LangSwitch />
        {props.onPhoneQr && (
          <button
            type="button"
            className="btn secondary phone-qr-btn"
            aria-label={t('phoneOrder')}
            onClick={props.onPhoneQr}
          >
            <Icon path={PHONE} />
            <span className="btn-text">{t('phoneOrder')}</span>
          </button>
        )}
        {props.view === 'menu' ? (
          <button type="button" className="btn secondary view-btn" onClick={() => props.onView('orders')}>
            {t('myOrders')}
          </button>
        ) : (
          <button type="button" className="btn secondary view-btn" onClick={() => props.onView('menu')}>
            {t('backToMenu')}
          </button>
        )}
        <button
          type="button"
          className="btn primary call-btn"
          aria-label={t('callStaff')}
          data-testid="call-button"
          onClick={props.onCall}
        >
          <Icon path={BELL} />
          <span className="btn-text">{t('callStaff')}</span>
        </button>
      </div>
    </header>
  );
}

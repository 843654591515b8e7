import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';
import type { TableSession } from '../state/auth-store';
import { useConnection } from '../state/live-events';
import { useOutbox } from '../state/outbox-store';
import { LangSwitch } from './LangSwitch';
import { LongPress } from './StaffGate';

/** Store and table, a calm connection dot, language, and the switch between menu and my orders. */
export function Header(props: {
  session: TableSession;
  view: 'menu' | 'orders';
  onView: (view: 'menu' | 'orders') => void;
  onStaff: () => void;
}) {
  const t = useT(dict);
  const connection = useConnection();
  const waiting = useOutbox().length;
  const state = connection === 'live' ? 'online' : connection === 'connecting' ? 'connecting' : 'offline';
  const label =
    state === 'online' ? t('online') : state === 'connecting' ? t('connecting') : t('reconnecting');

  return (
    <header className="header">
      <div className="brand">
        <LongPress onLongPress={props.onStaff}>
          <span className="store-name">{props.session.store_name}</span>
        </LongPress>
        <span className="table-no">{t('table', { n: props.session.table_number })}</span>
      </div>
      <div className="header-actions">
        <span className={`conn conn-${state}`} role="status" data-state={connection}>
          <span className="dot" aria-hidden="true" />
          <span className="conn-label">{label}</span>
          {waiting > 0 && <span className="conn-wait"> · {t('sending')}</span>}
        </span>
        <LangSwitch />
        {props.view === 'menu' ? (
          <button type="button" className="btn secondary" onClick={() => props.onView('orders')}>
            {t('myOrders')}
          </button>
        ) : (
          <button type="button" className="btn secondary" onClick={() => props.onView('menu')}>
            {t('backToMenu')}
          </button>
        )}
      </div>
    </header>
  );
}

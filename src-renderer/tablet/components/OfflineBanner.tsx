/**
 * Says plainly, under the header, that the store server cannot be reached — after a reload
 * during an outage the page looks normal (menu, cart and orders come from the tablet), so the
 * guest must not take the quiet header dot for "all is well". Gone once the server answers.
 */
import { useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';
import { useConnection } from '../state/live-events';
import { useOutbox } from '../state/outbox-store';
import { usePendingCalls } from '../state/calls-store';

export function OfflineBanner() {
  const t = useT(dict);
  const connection = useConnection();
  const waiting = useOutbox().length + usePendingCalls().length;
  // 'connecting' is the first attempt after a load: too early to alarm anyone.
  if (connection !== 'reconnecting') return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      <span className="offline-icon" aria-hidden="true">
        !
      </span>
      <span>{t('offlineBanner')}</span>
      {waiting > 0 && <strong className="offline-waiting">{t('offlineWaiting', { n: waiting })}</strong>}
    </div>
  );
}

/**
 * Says that the orders on screen are the copy kept on the tablet, not the server's answer
 * (T5 offline): after a reload while the store server is down. Gone once the server answers.
 */
import { useT } from '../../common/i18n';
import { formatTime } from '../../../src-shared/format';
import { dict } from '../state/tablet.dictionary';
import { useConnection } from '../state/live-events';
import { useLastKnownAt } from '../state/orders-cache';

export function LastKnownNote() {
  const t = useT(dict);
  const at = useLastKnownAt();
  // While the first connection is still being made the copy is only a placeholder for a moment.
  const connecting = useConnection() === 'connecting';
  if (at === null || connecting) return null;
  return (
    <div className="last-known" role="status" data-testid="last-known">
      <strong>{t('lastKnown')}</strong>
      <span>{t('lastKnownAt', { time: formatTime(at) })}</span>
      <span className="muted">{t('lastKnownHint')}</span>
    </div>
  );
}

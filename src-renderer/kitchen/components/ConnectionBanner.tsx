import type { ApiError } from '../../common/api';
import type { Connection } from '../state/use-board';
import { formatElapsed, useKitchenT } from '../state/kitchen.i18n';

interface Props {
  connection: Connection;
  loadError: ApiError | null;
  now: number;
}

/** Never a silent stale board: anything but "live and loaded" is said out loud, with a ticking age. */
export function ConnectionBanner({ connection, loadError, now }: Props) {
  const t = useKitchenT();
  if (connection.state === 'reconnecting') {
    const lastEvent = connection.lastEventAt;
    return (
      <div
        className="banner banner-offline"
        role="alert"
        data-testid="connection-banner"
        data-state="reconnecting"
      >
        <span className="banner-dot" aria-hidden />
        <strong>{t('conn.reconnecting')}</strong>
        <span className="banner-times">
          <span data-testid="offline-for">
            {t('conn.offlineFor', { ago: formatElapsed(now - connection.since) })}
          </span>
          {lastEvent !== null && <span>{t('conn.lastEvent', { ago: formatElapsed(now - lastEvent) })}</span>}
        </span>
      </div>
    );
  }
  if (connection.state === 'connecting') {
    return (
      <div
        className="banner banner-connecting"
        role="status"
        data-testid="connection-banner"
        data-state="connecting"
      >
        <span className="banner-dot" aria-hidden />
        <strong>{t('conn.connecting')}</strong>
      </div>
    );
  }
  if (loadError) {
    return (
      <div
        className="banner banner-offline"
        role="alert"
        data-testid="connection-banner"
        data-state="load-error"
      >
        <strong>{t('conn.loadError')}</strong>
      </div>
    );
  }
  return null;
}

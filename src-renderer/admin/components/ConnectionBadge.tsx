import { useEffect, useState } from 'react';
import { duration, useAdminT } from '../state/admin-i18n';
import type { ConnectionInfo } from '../../common/event-stream';

/** "Live" or "reconnecting", with how long ago the last event (or ping-free data) came. */
export function ConnectionBadge({ conn }: { conn: ConnectionInfo }) {
  const t = useAdminT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const label =
    conn.state === 'live' ? t('live') : conn.state === 'connecting' ? t('connecting') : t('reconnecting');
  const ago =
    conn.lastEventAt === null
      ? t('noEventYet')
      : t('lastEventAgo', { t: duration(t, (now - conn.lastEventAt) / 1000) });
  return (
    <div className={`conn conn-${conn.state}`} data-testid="connection" data-state={conn.state} title={ago}>
      <span className="conn-dot" aria-hidden="true" />
      <span className="conn-label">{label}</span>
      <span className="conn-ago">{ago}</span>
    </div>
  );
}

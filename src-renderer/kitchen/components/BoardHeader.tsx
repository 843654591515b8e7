import { useLang } from '../../common/i18n';
import type { KitchenSession } from '../state/session';
import { saveSettings, type BoardSettings } from '../state/settings';
import type { Connection } from '../state/use-board';
import { useKitchenT } from '../state/kitchen.i18n';
import { BellIcon } from './Icons';

interface Props {
  session: KitchenSession;
  settings: BoardSettings;
  connection: Connection;
  /** What this board shows: its stations' names, or the expo label. */
  stationsLabel: string;
  onSettings: () => void;
  onLogout: () => void;
}

export function BoardHeader({ session, settings, connection, stationsLabel, onSettings, onLogout }: Props) {
  const t = useKitchenT();
  const [lang, setLang] = useLang();
  const live = connection.state === 'live';
  return (
    <header className="board-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="store-name">{session.store.name}</span>
        <button
          type="button"
          className={`board-stations${settings.stations.length ? ' is-station' : ''}`}
          data-testid="board-stations"
          data-stations={settings.stations.join(',')}
          onClick={onSettings}
          title={stationsLabel}
        >
          {stationsLabel}
        </button>
        <span
          className={`live ${live ? 'is-live' : 'is-down'}`}
          data-testid="live-indicator"
          data-state={connection.state}
        >
          <span className="live-dot" aria-hidden />
          {t(
            live
              ? 'conn.live'
              : connection.state === 'connecting'
                ? 'conn.short.connecting'
                : 'conn.short.offline',
          )}
        </span>
      </div>
      <div className="tools">
        <button
          type="button"
          className={`btn tool ${settings.muted ? 'is-muted' : ''}`}
          aria-pressed={settings.muted}
          data-testid="mute"
          onClick={() => saveSettings({ muted: !settings.muted })}
        >
          <BellIcon off={settings.muted} />
          {settings.muted ? t('sound.unmute') : t('sound.mute')}
        </button>
        <button type="button" className="btn tool" onClick={onSettings} data-testid="open-settings">
          ⚙ {t('settings.open')}
        </button>
        <button
          type="button"
          className="btn tool"
          onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
          data-testid="lang"
        >
          {t('header.lang')}
        </button>
        <button type="button" className="btn tool" onClick={onLogout} title={session.staff.username}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}

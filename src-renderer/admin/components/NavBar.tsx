import { useLang } from '../../common/i18n';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { api } from '../state/admin-api';
import { endSession } from '../state/auth-session';
import { navigate, type RouteName } from '../state/admin-router';
import { useAdminT } from '../state/admin-i18n';
import type { AdminKey } from '../state/admin-dictionary';
import type { ConnectionInfo } from '../../common/event-stream';
import { ConnectionBadge } from './ConnectionBadge';

const LINKS: [RouteName, AdminKey][] = [
  ['dashboard', 'navDashboard'],
  ['history', 'navHistory'],
  ['menu', 'navMenu'],
  ['stations', 'navStations'],
  ['call-presets', 'navCallPresets'],
  ['printers', 'navPrinters'],
  ['tables', 'navTables'],
  ['staff', 'navStaff'],
  ['summary', 'navSummary'],
  ['reports', 'navReports'],
  ['audit', 'navAudit'],
  ['backups', 'navBackups'],
];

interface Props {
  current: RouteName;
  conn: ConnectionInfo;
  session: AdminLoginResponse;
}

export function NavBar({ current, conn, session }: Props) {
  const t = useAdminT();
  const [lang, setLang] = useLang();
  const logout = async () => {
    try {
      await api.post('/api/admin/logout');
    } catch {
      // The token is dropped here either way; the server forgets it at expiry.
    }
    endSession('logout');
  };
  return (
    <header className="topbar">
      <div className="brand">
        <strong>{t('appTitle')}</strong>
        <span className="store-name">{session.store.name}</span>
      </div>
      <nav className="nav">
        {LINKS.map(([name, key]) => (
          <button
            key={name}
            type="button"
            className={current === name ? 'nav-link active' : 'nav-link'}
            aria-current={current === name ? 'page' : undefined}
            onClick={() => navigate(name)}
          >
            {t(key)}
          </button>
        ))}
      </nav>
      <ConnectionBadge conn={conn} />
      <div className="user">
        <span>
          {session.staff.username} · {t(session.staff.role === 'manager' ? 'roleManager' : 'roleKitchen')}
        </span>
        <button type="button" className="link" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}>
          {t('langSwitch')}
        </button>
        <button type="button" onClick={logout}>
          {t('logout')}
        </button>
      </div>
    </header>
  );
}

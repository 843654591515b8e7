import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from './state/auth-session';
import { navigate, useRoute } from './state/admin-router';
import { useAdminEvents } from './state/use-admin-events';
import { useAdminT } from './state/admin-i18n';
import { NavBar } from './components/NavBar';
import { LoginScreen } from './screens/LoginScreen';
import { SetupScreen } from './screens/SetupScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { HistoryScreen } from './screens/HistoryScreen';
import { MenuScreen } from './screens/MenuScreen';
import { StationsScreen } from './screens/StationsScreen';
import { PrintersScreen } from './screens/PrintersScreen';
import { TablesScreen } from './screens/TablesScreen';
import { StaffScreen } from './screens/StaffScreen';
import { CallPresetsScreen } from './screens/CallPresetsScreen';
import { BackupsScreen } from './screens/BackupsScreen';
import { SummaryScreen } from './screens/SummaryScreen';
import { ReportsScreen } from './screens/ReportsScreen';
import { AuditScreen } from './screens/AuditScreen';
import { AdminCallBar } from './components/AdminCallBar';
import { adminCalls } from './state/staff-calls';
import { useCallSoundUnlock } from '../common/call-sound';
import { api } from './state/admin-api';
import type { Health } from '../../src-shared/types';

export function App() {
  const { session, reason } = useAuth();
  const route = useRoute();
  const qc = useQueryClient();
  const t = useAdminT();
  const conn = useAdminEvents(session !== null);
  useCallSoundUnlock();

  // Another account must never see the previous one's cached data.
  useEffect(() => {
    if (session) return;
    qc.clear();
    adminCalls.reset();
  }, [session, qc]);

  // A server with no store yet (a new install) can only be set up: go straight there.
  useEffect(() => {
    if (session) return;
    api
      .get<Health>('/health')
      .then((h) => {
        if (h.setup_required) navigate('setup');
      })
      .catch(() => {
        // Unreachable or starting: the login screen says so when the manager tries.
      });
  }, [session]);

  if (route.name === 'setup') return <SetupScreen />;
  if (!session) return <LoginScreen reason={reason} />;

  return (
    <div className="shell">
      {/* Sticky together: the oldest call stays in sight however far a page scrolls (T9). */}
      <div className="shell-head">
        <NavBar current={route.name} conn={conn} session={session} />
        <AdminCallBar />
      </div>
      {conn.state === 'reconnecting' && (
        <div className="offline-banner" role="status">
          {t('offlineBanner')}
        </div>
      )}
      <main className="content">
        {route.name === 'dashboard' && <DashboardScreen />}
        {route.name === 'history' && <HistoryScreen initialTable={route.query.get('table')} />}
        {route.name === 'menu' && <MenuScreen />}
        {route.name === 'stations' && <StationsScreen />}
        {route.name === 'call-presets' && <CallPresetsScreen />}
        {route.name === 'printers' && <PrintersScreen />}
        {route.name === 'tables' && <TablesScreen />}
        {route.name === 'staff' && <StaffScreen session={session} />}
        {route.name === 'summary' && <SummaryScreen />}
        {route.name === 'reports' && <ReportsScreen />}
        {route.name === 'audit' && <AuditScreen />}
        {route.name === 'backups' && <BackupsScreen />}
      </main>
    </div>
  );
}

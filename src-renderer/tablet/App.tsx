/**
 * Chooses the screen: the HTTPS onboarding page, QR pairing, setup, a guest phone's join or
 * end, or the ordering screen.
 */
import { lazy, Suspense, useState } from 'react';
import { useAuth } from './state/auth-store';
import { GuestEndScreen, GuestJoinScreen } from './screens/GuestScreens';
import { MainScreen } from './screens/MainScreen';
import { PairScreen } from './screens/PairScreen';
import { SetupScreen } from './screens/SetupScreen';

// Staff open it once per tablet: its pictures and QR code stay out of the ordering screen's load.
const HttpsSetupScreen = lazy(() =>
  import('./screens/HttpsSetupScreen').then((m) => ({ default: m.HttpsSetupScreen })),
);

/** `/table/https-setup`: works before pairing and on plain HTTP, so it is chosen before auth. */
function isHttpsSetup(): boolean {
  return window.location.pathname.replace(/\/+$/, '') === '/table/https-setup';
}

function codeFromUrl(route: string): string | null {
  const url = new URL(window.location.href);
  return url.pathname.replace(/\/+$/, '').endsWith(route) ? url.searchParams.get('code') : null;
}

export function App() {
  const [httpsSetup] = useState(isHttpsSetup);
  if (httpsSetup) {
    return (
      <Suspense fallback={<div className="boot" aria-busy="true" />}>
        <HttpsSetupScreen />
      </Suspense>
    );
  }
  return <TabletApp />;
}

function TabletApp() {
  const auth = useAuth();
  const [pairCode, setPairCode] = useState(() => codeFromUrl('/table/pair'));
  const [guestCode, setGuestCode] = useState(() => codeFromUrl('/table/guest'));
  const [pairFailed, setPairFailed] = useState(false);

  if (pairCode) {
    return (
      <PairScreen
        code={pairCode}
        onDone={(ok) => {
          // The code is single use: never leave it in the address bar for a reload to replay.
          window.history.replaceState(null, '', '/table/');
          setPairFailed(!ok);
          setPairCode(null);
        }}
      />
    );
  }
  // A paired table tablet stays the tablet: a guest link opened on it must not drop its key.
  const tablet = auth.status === 'ready' && !auth.session.guest;
  if (guestCode && !tablet) {
    return (
      <GuestJoinScreen
        code={guestCode}
        onDone={() => {
          window.history.replaceState(null, '', '/table/');
          setGuestCode(null);
        }}
      />
    );
  }
  if (auth.status === 'guest-ended') return <GuestEndScreen reason={auth.reason} />;
  if (auth.status === 'setup') return <SetupScreen reason={auth.reason} pairFailed={pairFailed} />;
  return <MainScreen key={auth.session.table_id} session={auth.session} />;
}

/** Chooses the screen: QR pairing, setup, or the guest's ordering screen. */
import { useState } from 'react';
import { useAuth } from './state/auth-store';
import { MainScreen } from './screens/MainScreen';
import { PairScreen } from './screens/PairScreen';
import { SetupScreen } from './screens/SetupScreen';

function pairingCodeFromUrl(): string | null {
  const url = new URL(window.location.href);
  return url.pathname.replace(/\/+$/, '').endsWith('/table/pair') ? url.searchParams.get('code') : null;
}

export function App() {
  const auth = useAuth();
  const [pairCode, setPairCode] = useState(pairingCodeFromUrl);
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
  if (auth.status === 'setup') return <SetupScreen reason={auth.reason} pairFailed={pairFailed} />;
  return <MainScreen key={auth.session.table_id} session={auth.session} />;
}

import { useEffect } from 'react';
import { BoardScreen } from './screens/BoardScreen';
import { LoginScreen } from './screens/LoginScreen';
import { clearSession, useSession } from './board/session';

export function App() {
  const session = useSession();

  // The token dies on the server after 16 h; leave the board at that moment, not at the next 401.
  useEffect(() => {
    if (!session) return;
    const left = new Date(session.expiresAt).getTime() - Date.now();
    if (!(left > 0)) {
      clearSession('expired');
      return;
    }
    const timer = setTimeout(() => clearSession('expired'), Math.min(left, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [session]);

  return session && new Date(session.expiresAt).getTime() > Date.now() ? (
    <BoardScreen session={session} />
  ) : (
    <LoginScreen />
  );
}

import { BoardScreen } from './screens/BoardScreen';
import { LoginScreen } from './screens/LoginScreen';
import { useSession } from './state/session';

export function App() {
  // The session store ends the login itself when the token's 16 h are over.
  const session = useSession();
  return session ? <BoardScreen session={session} /> : <LoginScreen />;
}

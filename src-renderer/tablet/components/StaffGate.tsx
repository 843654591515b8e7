/**
 * The discreet way back to setup: a 3 s press on the store name, then any manager of the
 * store confirms with their own login. Guests cannot unpair the tablet by accident.
 */
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, createApiClient } from '../../common/api';
import { useT } from '../../common/i18n';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { signOut } from '../state/auth-store';
import { loginErrorText } from '../screens/SetupScreen';
import { Dialog } from '../../common/Dialog';

const HOLD_MS = 3000;

export function LongPress({ children, onLongPress }: { children: ReactNode; onLongPress: () => void }) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return (
    <span
      className="long-press"
      onPointerDown={() => {
        cancel();
        timer.current = setTimeout(onLongPress, HOLD_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(e) => e.preventDefault()}
    >
      {children}
    </span>
  );
}

export function StaffGate({ storeCode, onClose }: { storeCode: string; onClose: () => void }) {
  const t = useT(dict);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const anon = createApiClient();
    try {
      const res = await anon.post<AdminLoginResponse>('/api/admin/login', {
        store_code: storeCode,
        username: username.trim(),
        password,
      });
      // The manager's token was only a check: end it at once.
      await createApiClient({ getToken: () => res.token })
        .post('/api/admin/logout')
        .catch(() => undefined);
      if (res.staff.role !== 'manager') {
        setError(t('staffDenied'));
        setBusy(false);
        return;
      }
      signOut(null);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('badCredentials') : loginErrorText(err, t));
      setBusy(false);
    }
  }

  return (
    <Dialog className="tablet-dialog" labelledBy="staff-title" onClose={onClose}>
      <form className="modal" onSubmit={submit}>
        <h2 id="staff-title">{t('staffTitle')}</h2>
        <p className="muted">{t('staffHint')}</p>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        <label>
          <span>{t('username')}</span>
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="off"
          />
        </label>
        <label>
          <span>{t('password')}</span>
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="off"
          />
        </label>
        <div className="modal-actions">
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy || !username || !password}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

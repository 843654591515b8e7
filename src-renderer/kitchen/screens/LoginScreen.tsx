import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ApiError, createApiClient } from '../../common/api';
import { useLang } from '../../common/i18n';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { lastStoreCode, logoutReason, saveSession } from '../state/session';
import { useNow } from '../state/use-now';
import { formatElapsed, useKitchenT } from '../state/kitchen.i18n';

type Failure = { kind: 'locked'; until: number } | { kind: 'message'; text: string };

export function LoginScreen() {
  const t = useKitchenT();
  const [lang, setLang] = useLang();
  const api = useMemo(() => createApiClient(), []);
  const [storeCode, setStoreCode] = useState(lastStoreCode);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const reason = logoutReason();
  const now = useNow(1000);
  const lockLeft = failure?.kind === 'locked' ? failure.until - now : 0;

  useEffect(() => {
    if (failure?.kind === 'locked' && lockLeft <= 0) setFailure(null);
  }, [failure, lockLeft]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!storeCode.trim() || !username.trim() || !password) {
      setFailure({ kind: 'message', text: t('login.error.required') });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const code = storeCode.trim();
      const login = await api.post<AdminLoginResponse>('/api/admin/login', {
        store_code: code,
        username: username.trim(),
        password,
      });
      saveSession(login, code);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(String(err), 0, 'NETWORK_ERROR');
      if (error.status === 429) {
        setFailure({ kind: 'locked', until: Date.now() + (error.retryAfterSeconds ?? 900) * 1000 });
      } else if (error.status === 401) {
        setFailure({ kind: 'message', text: t('login.error.credentials') });
      } else if (error.code === 'NETWORK_ERROR') {
        setFailure({ kind: 'message', text: t('login.error.network') });
      } else {
        setFailure({ kind: 'message', text: t('login.error.other', { detail: error.message }) });
      }
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} noValidate>
        <div className="login-head">
          <h1>{t('login.title')}</h1>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
          >
            {t('header.lang')}
          </button>
        </div>
        <p className="login-hint">{t('login.hint')}</p>
        {reason && !failure && (
          <p className="notice notice-info" role="status" data-testid="logout-reason">
            {t(`reason.${reason}`)}
          </p>
        )}
        <label>
          {t('login.storeCode')}
          <input
            name="store_code"
            value={storeCode}
            onChange={(e) => setStoreCode(e.target.value)}
            autoCapitalize="off"
            autoComplete="organization"
          />
        </label>
        <label>
          {t('login.username')}
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoCapitalize="off"
            autoComplete="username"
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        {failure && (
          <p className="notice notice-error" role="alert" data-testid="login-error">
            {failure.kind === 'locked'
              ? t('login.error.locked', { time: formatElapsed(Math.max(0, lockLeft)) })
              : failure.text}
          </p>
        )}
        <button className="btn btn-primary btn-big" type="submit" disabled={busy || lockLeft > 0}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}

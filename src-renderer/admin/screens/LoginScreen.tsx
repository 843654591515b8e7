import { useEffect, useState, type FormEvent } from 'react';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { useLang } from '../../common/i18n';
import { api, ApiError } from '../state/admin-api';
import { startSession, type LogoutReason } from '../state/auth-session';
import { navigate } from '../state/admin-router';
import { duration, errorText, useAdminT } from '../state/admin-i18n';
import { useFormErrors } from '../state/use-form-errors';
import { Field } from '../components/Field';

const STORE_KEY = 'table-order.admin.store-code';
const FIELDS = ['store_code', 'username', 'password'] as const;

export function LoginScreen({ reason }: { reason: LogoutReason }) {
  const t = useAdminT();
  const [lang, setLang] = useLang();
  const [storeCode, setStoreCode] = useState(() => localStorage.getItem(STORE_KEY) ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Lock-out: the moment the server lets this account try again.
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);
  const waitLeft = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1000)) : 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const res = await api.post<AdminLoginResponse>('/api/admin/login', {
        store_code: storeCode.trim(),
        username: username.trim(),
        password,
      });
      localStorage.setItem(STORE_KEY, storeCode.trim());
      setLockedUntil(null);
      startSession(res);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 429) {
        setNow(Date.now());
        setLockedUntil(Date.now() + (err.retryAfterSeconds ?? 900) * 1000);
      }
      setPending(false);
    }
  };

  const { byField, other, onInput, formError } = useFormErrors(error, FIELDS);
  let message: string | null = null;
  if (reason === 'expired') message = t('reasonExpired');
  else if (reason === 'unauthorized') message = t('reasonUnauthorized');
  else if (reason === 'logout') message = t('reasonLogout');

  let failure: string | null = null;
  if (error instanceof ApiError && error.status === 401) failure = t('badCredentials');
  else if (error instanceof ApiError && error.status === 429)
    failure = t('lockedOut', { wait: duration(t, waitLeft) });
  else if (formError) failure = errorText(t, formError);

  return (
    <div className="center-page">
      <form className="card auth-card" onSubmit={submit} onInput={onInput} noValidate>
        <div className="auth-head">
          <h1>{t('loginTitle')}</h1>
          <button type="button" className="link" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}>
            {t('langSwitch')}
          </button>
        </div>
        {message && !error && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        <Field label={t('storeCode')} error={byField.store_code}>
          <input
            name="store_code"
            value={storeCode}
            onChange={(e) => setStoreCode(e.target.value)}
            autoComplete="organization"
            autoFocus={!storeCode}
          />
        </Field>
        <Field label={t('username')} error={byField.username}>
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            autoFocus={!!storeCode}
          />
        </Field>
        <Field label={t('password')} error={byField.password}>
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </Field>
        {failure && (
          <div className="error" role="alert">
            <p>{failure}</p>
            {other.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        )}
        <button type="submit" className="primary wide" disabled={pending || waitLeft > 0}>
          {pending ? t('loggingIn') : t('login')}
        </button>
        <button type="button" className="link" onClick={() => navigate('setup')}>
          {t('firstRunLink')}
        </button>
      </form>
    </div>
  );
}

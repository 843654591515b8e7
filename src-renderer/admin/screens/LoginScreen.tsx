import { useEffect, useState } from 'react';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { AdminLoginBody } from '../../../src-shared/schemas';
import { useLang } from '../../common/i18n';
import { FormField } from '../../common/FormField';
import { api, ApiError } from '../state/admin-api';
import { startSession, type LogoutReason } from '../state/auth-session';
import { navigate } from '../state/admin-router';
import { duration, useAdminT } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { FormFailure } from '../components/FormFailure';

const STORE_KEY = 'table-order.admin.store-code';
const FIELDS = ['store_code', 'username', 'password'] as const;

export function LoginScreen({ reason }: { reason: LogoutReason }) {
  const t = useAdminT();
  const [lang, setLang] = useLang();
  const [savedCode] = useState(() => localStorage.getItem(STORE_KEY) ?? '');
  const form = useAdminForm(AdminLoginBody, { store_code: savedCode, username: '', password: '' });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS);
  // Lock-out: the moment the server lets this account try again.
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);
  const waitLeft = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1000)) : 0;

  const submit = handleSubmit(async (body) => {
    clear();
    try {
      const res = await api.post<AdminLoginResponse>('/api/admin/login', body);
      localStorage.setItem(STORE_KEY, body.store_code);
      setLockedUntil(null);
      startSession(res);
    } catch (err) {
      fail(err);
      if (err instanceof ApiError && err.status === 429) {
        setNow(Date.now());
        setLockedUntil(Date.now() + (err.retryAfterSeconds ?? 900) * 1000);
      }
    }
  });

  let message: string | null = null;
  if (reason === 'expired') message = t('reasonExpired');
  else if (reason === 'unauthorized') message = t('reasonUnauthorized');
  else if (reason === 'logout') message = t('reasonLogout');

  const error = failure?.error;
  let override: string | null = null;
  if (error instanceof ApiError && error.status === 401) override = t('badCredentials');
  else if (error instanceof ApiError && error.status === 429)
    override = t('lockedOut', { wait: duration(t, waitLeft) });

  return (
    <div className="center-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <div className="auth-head">
          <h1>{t('loginTitle')}</h1>
          <button type="button" className="link" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}>
            {t('langSwitch')}
          </button>
        </div>
        {message && !failure && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        <FormField label={t('storeCode')} error={errors.store_code?.message}>
          {(a) => (
            <input {...a} {...register('store_code')} autoComplete="organization" autoFocus={!savedCode} />
          )}
        </FormField>
        <FormField label={t('username')} error={errors.username?.message}>
          {(a) => <input {...a} {...register('username')} autoComplete="username" autoFocus={!!savedCode} />}
        </FormField>
        <FormField label={t('password')} error={errors.password?.message}>
          {(a) => <input {...a} {...register('password')} type="password" autoComplete="current-password" />}
        </FormField>
        <FormFailure form={form} failure={failure} override={override} />
        <button type="submit" className="primary wide" disabled={isSubmitting || waitLeft > 0}>
          {isSubmitting ? t('loggingIn') : t('login')}
        </button>
        <button type="button" className="link" onClick={() => navigate('setup')}>
          {t('firstRunLink')}
        </button>
      </form>
    </div>
  );
}

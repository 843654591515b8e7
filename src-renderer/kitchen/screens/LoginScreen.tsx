import { useEffect, useMemo, useState } from 'react';
import { ApiError, createApiClient } from '../../common/api';
import { useLang } from '../../common/i18n';
import { useZodForm } from '../../common/forms';
import { FormField } from '../../common/FormField';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { AdminLoginBody } from '../../../src-shared/schemas';
import { lastStoreCode, logoutReason, saveSession } from '../state/session';
import { useNow } from '../state/use-now';
import { formatElapsed, useKitchenT } from '../state/kitchen.i18n';

type Failure = { kind: 'locked'; until: number } | { kind: 'message'; text: string };

export function LoginScreen() {
  const t = useKitchenT();
  const [lang, setLang] = useLang();
  const api = useMemo(() => createApiClient(), []);
  const [savedCode] = useState(lastStoreCode);
  const form = useZodForm(AdminLoginBody, { store_code: savedCode, username: '', password: '' }, { t });
  const { register, handleSubmit, setValue, formState } = form;
  const { errors, isSubmitting: busy } = formState;
  const [failure, setFailure] = useState<Failure | null>(null);
  const reason = logoutReason();
  const now = useNow(1000);
  const lockLeft = failure?.kind === 'locked' ? failure.until - now : 0;

  useEffect(() => {
    if (failure?.kind === 'locked' && lockLeft <= 0) setFailure(null);
  }, [failure, lockLeft]);

  const submit = handleSubmit(async (body) => {
    setFailure(null);
    try {
      const login = await api.post<AdminLoginResponse>('/api/admin/login', body);
      saveSession(login, body.store_code);
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
      setValue('password', '');
    }
  });

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
        <FormField label={t('login.storeCode')} error={errors.store_code?.message}>
          {(a) => (
            <input {...a} {...register('store_code')} autoCapitalize="off" autoComplete="organization" />
          )}
        </FormField>
        <FormField label={t('login.username')} error={errors.username?.message}>
          {(a) => <input {...a} {...register('username')} autoCapitalize="off" autoComplete="username" />}
        </FormField>
        <FormField label={t('login.password')} error={errors.password?.message}>
          {(a) => <input {...a} {...register('password')} type="password" autoComplete="current-password" />}
        </FormField>
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

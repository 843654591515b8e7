import { useState } from 'react';
import { SetupBody } from '../../../src-shared/schemas';
import { FormField } from '../../common/FormField';
import { api, ApiError } from '../state/admin-api';
import { navigate } from '../state/admin-router';
import { useAdminT } from '../state/admin-i18n';
import { useAdminForm, useFormFailure } from '../state/use-admin-form';
import { FormFailure } from '../components/FormFailure';

const FIELDS = ['store_code', 'store_name', 'username', 'password', 'setup_code'] as const;
/** The store PC itself needs no setup code; any other device types the one it shows. */
const ON_STORE_PC = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

/** First run: POST /api/setup creates the store and its first manager (only while none exists). */
export function SetupScreen() {
  const t = useAdminT();
  const form = useAdminForm(SetupBody, {
    store_code: '',
    store_name: '',
    username: 'admin',
    password: '',
    setup_code: '',
  });
  const { register, handleSubmit, formState } = form;
  const { errors, isSubmitting } = formState;
  const { failure, fail, clear } = useFormFailure(form, FIELDS);
  const [done, setDone] = useState(false);

  const submit = handleSubmit(async ({ setup_code, ...rest }) => {
    clear();
    try {
      await api.post('/api/setup', ON_STORE_PC ? rest : { ...rest, setup_code });
      localStorage.setItem('table-order.admin.store-code', rest.store_code);
      setDone(true);
    } catch (err) {
      fail(err);
    }
  });
  const exists = failure?.error instanceof ApiError && failure.error.status === 409;

  return (
    <div className="center-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('setupTitle')}</h1>
        <p className="muted">{t('setupIntro')}</p>
        {done ? (
          <p className="notice notice-ok" role="status">
            {t('setupDone')}
          </p>
        ) : (
          <>
            <FormField label={t('storeCode')} error={errors.store_code?.message}>
              {(a) => <input {...a} {...register('store_code')} />}
            </FormField>
            <FormField label={t('storeName')} error={errors.store_name?.message}>
              {(a) => <input {...a} {...register('store_name')} />}
            </FormField>
            <FormField label={t('username')} error={errors.username?.message}>
              {(a) => <input {...a} {...register('username')} />}
            </FormField>
            <FormField label={t('password')} error={errors.password?.message} hint="4–64">
              {(a) => <input {...a} {...register('password')} type="password" autoComplete="new-password" />}
            </FormField>
            {!ON_STORE_PC && (
              <FormField label={t('setupCode')} error={errors.setup_code?.message} hint={t('setupCodeHint')}>
                {(a) => <input {...a} {...register('setup_code')} autoComplete="off" />}
              </FormField>
            )}
            <FormFailure form={form} failure={failure} override={exists ? t('setupExists') : null} />
            <button type="submit" className="primary wide" disabled={isSubmitting}>
              {isSubmitting ? t('saving') : t('setupSubmit')}
            </button>
          </>
        )}
        <button
          type="button"
          className={done ? 'primary wide' : 'link'}
          onClick={() => navigate('dashboard')}
        >
          {t('backToLogin')}
        </button>
      </form>
    </div>
  );
}

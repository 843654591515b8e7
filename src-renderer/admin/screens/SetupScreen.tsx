import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../state/admin-api';
import { navigate } from '../state/admin-router';
import { useAdminT } from '../state/admin-i18n';
import { Field } from '../components/Field';
import { useFormErrors } from '../state/use-form-errors';
import { FormError } from '../components/FormError';

const FIELDS = ['store_code', 'store_name', 'username', 'password', 'setup_code'] as const;
/** The store PC itself needs no setup code; any other device types the one it shows. */
const ON_STORE_PC = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

/** First run: POST /api/setup creates the store and its first manager (only while none exists). */
export function SetupScreen() {
  const t = useAdminT();
  const [form, setForm] = useState({
    store_code: '',
    store_name: '',
    username: 'admin',
    password: '',
    setup_code: '',
  });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { setup_code, ...rest } = form;
      await api.post('/api/setup', ON_STORE_PC ? rest : { ...rest, setup_code });
      localStorage.setItem('table-order.admin.store-code', form.store_code.trim());
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.value });
  const { byField, other, onInput, formError } = useFormErrors(error, FIELDS);
  const exists = error instanceof ApiError && error.status === 409;

  return (
    <div className="center-page">
      <form className="card auth-card" onSubmit={submit} onInput={onInput} noValidate>
        <h1>{t('setupTitle')}</h1>
        <p className="muted">{t('setupIntro')}</p>
        {done ? (
          <p className="notice notice-ok" role="status">
            {t('setupDone')}
          </p>
        ) : (
          <>
            <Field label={t('storeCode')} error={byField.store_code}>
              <input name="store_code" value={form.store_code} onChange={set('store_code')} />
            </Field>
            <Field label={t('storeName')} error={byField.store_name}>
              <input name="store_name" value={form.store_name} onChange={set('store_name')} />
            </Field>
            <Field label={t('username')} error={byField.username}>
              <input name="username" value={form.username} onChange={set('username')} />
            </Field>
            <Field label={t('password')} error={byField.password}>
              <input name="password" type="password" value={form.password} onChange={set('password')} />
            </Field>
            {!ON_STORE_PC && (
              <Field label={t('setupCode')} error={byField.setup_code} hint={t('setupCodeHint')}>
                <input
                  name="setup_code"
                  autoComplete="off"
                  value={form.setup_code}
                  onChange={set('setup_code')}
                />
              </Field>
            )}
            <FormError error={formError} other={other} override={exists ? t('setupExists') : null} />
            <button type="submit" className="primary wide" disabled={pending}>
              {pending ? t('saving') : t('setupSubmit')}
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

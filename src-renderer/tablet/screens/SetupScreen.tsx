/** One-time tablet setup (T1): store code, table number, table password. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ApiError } from '../../common/api';
import { useT } from '../../common/i18n';
import { LIMITS } from '../../../src-shared/limits';
import { TableLoginBody, tableNumber } from '../../../src-shared/schemas';
import { dict, type TabletText } from '../state/tablet.dictionary';
import { loginWithPassword, savedCredentials, type SetupReason } from '../state/auth-store';
import { forgetIfOtherTable } from '../state/table-switch';
import { FormField, fieldErrorText } from '../components/FormField';
import { LangSwitch } from '../components/LangSwitch';

const REASON_TEXT: Record<SetupReason, TabletText> = {
  unpaired: 'reasonUnpaired',
  // Saved by versions before device keys.
  password_changed: 'reasonUnpaired',
  pairing_expired: 'reasonPairingExpired',
};

/** The login body, with the table number as typed (digits in a text field). */
const SetupForm = TableLoginBody.extend({
  table_number: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(tableNumber),
});
type SetupInput = z.input<typeof SetupForm>;
type SetupValues = z.output<typeof SetupForm>;
const FIELDS = ['store_code', 'table_number', 'password'] as const;

/** Turns a failed login into words for whoever is setting the tablet up. */
export function loginErrorText(e: unknown, t: (k: TabletText, v?: Record<string, number>) => string) {
  if (!(e instanceof ApiError) || e.isTransient) return t('unreachable');
  if (e.status === 401) return t('badCredentials');
  if (e.status === 429) return t('locked', { m: Math.max(1, Math.ceil((e.retryAfterSeconds ?? 900) / 60)) });
  if (e.status === 400) return t('invalidInput');
  return t('unreachable');
}

export function SetupScreen({ reason, pairFailed }: { reason: SetupReason | null; pairFailed: boolean }) {
  const t = useT(dict);
  const saved = savedCredentials();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(SetupForm),
    defaultValues: {
      store_code: saved?.store_code ?? '',
      table_number: saved ? String(saved.table_number) : '',
      password: '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const notice = error ?? (pairFailed ? t('pairFailed') : reason ? t(REASON_TEXT[reason]) : null);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const before = savedCredentials();
    try {
      await loginWithPassword(values);
      forgetIfOtherTable(before, savedCredentials());
    } catch (err) {
      const named =
        err instanceof ApiError && err.status === 400 ? FIELDS.filter((f) => err.fieldMessage(f)) : [];
      for (const f of named) form.setError(f, { type: 'server' });
      if (!named.length) setError(loginErrorText(err, t));
    }
  });

  const tableNumberError =
    errors.table_number &&
    (form.getValues('table_number').trim() ? t('fieldTableNumber') : t('fieldRequired'));

  return (
    <div className="setup">
      <div className="setup-top">
        <LangSwitch />
      </div>
      <form className="setup-card" onSubmit={submit} noValidate>
        <h1>{t('setupTitle')}</h1>
        <p className="muted">{t('setupHint')}</p>
        {notice && (
          <p className="notice" role="alert">
            {notice}
          </p>
        )}
        <FormField
          label={t('storeCode')}
          error={fieldErrorText(t, errors.store_code, LIMITS.nameMax)}
          registration={form.register('store_code')}
          autoCapitalize="off"
          autoComplete="off"
          spellCheck={false}
        />
        <FormField
          label={t('tableNumber')}
          error={tableNumberError}
          registration={form.register('table_number')}
          inputMode="numeric"
          autoComplete="off"
        />
        <FormField
          label={t('password')}
          error={fieldErrorText(t, errors.password, LIMITS.passwordMax)}
          registration={form.register('password')}
          type="password"
          autoComplete="off"
        />
        <button type="submit" className="btn primary wide" disabled={isSubmitting}>
          {isSubmitting ? t('connecting') : t('connect')}
        </button>
      </form>
      {/* On HTTPS the tablet already is an app: the page would only say so. */}
      {window.location.protocol === 'http:' && (
        <a className="setup-https-link" href="/table/https-setup">
          {t('httpsSetupLink')}
        </a>
      )}
    </div>
  );
}

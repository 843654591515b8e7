/**
 * The discreet way back to setup: a 3 s press on the store name, then any manager of the
 * store confirms with their own login. Guests cannot unpair the tablet by accident.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ApiError, createApiClient } from '../../common/api';
import { useT } from '../../common/i18n';
import type { AdminLoginResponse } from '../../../src-shared/types';
import { LIMITS } from '../../../src-shared/limits';
import { AdminLoginBody } from '../../../src-shared/schemas';
import { dict } from '../state/tablet.dictionary';
import { signOut } from '../state/auth-store';
import { loginErrorText } from '../screens/SetupScreen';
import { Dialog } from '../../common/Dialog';
import { FormField, fieldErrorText } from './FormField';

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

/** A manager's username and password, by the shared login rules. */
const StaffForm = AdminLoginBody.pick({ username: true, password: true });
type StaffValues = z.output<typeof StaffForm>;

export function StaffGate({ storeCode, onClose }: { storeCode: string; onClose: () => void }) {
  const t = useT(dict);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof StaffForm>, unknown, StaffValues>({
    resolver: zodResolver(StaffForm),
    defaultValues: { username: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ username, password }) => {
    setError(null);
    const anon = createApiClient();
    try {
      const res = await anon.post<AdminLoginResponse>('/api/admin/login', {
        store_code: storeCode,
        username,
        password,
      });
      // The manager's token was only a check: end it at once.
      await createApiClient({ getToken: () => res.token })
        .post('/api/admin/logout')
        .catch(() => undefined);
      if (res.staff.role !== 'manager') {
        setError(t('staffDenied'));
        return;
      }
      signOut(null);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('badCredentials') : loginErrorText(err, t));
    }
  });

  return (
    <Dialog className="tablet-dialog" labelledBy="staff-title" onClose={onClose}>
      <form className="modal" onSubmit={submit} noValidate>
        <h2 id="staff-title">{t('staffTitle')}</h2>
        <p className="muted">{t('staffHint')}</p>
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        <FormField
          label={t('username')}
          error={fieldErrorText(t, errors.username, LIMITS.nameMax)}
          registration={form.register('username')}
          autoComplete="off"
        />
        <FormField
          label={t('password')}
          error={fieldErrorText(t, errors.password, LIMITS.passwordMax)}
          registration={form.register('password')}
          type="password"
          autoComplete="off"
        />
        <div className="modal-actions">
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={isSubmitting}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** One-time tablet setup (T1): store code, table number, table password. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../common/api';
import { useT } from '../../common/i18n';
import { dict, type TabletText } from '../state/tablet.dictionary';
import { loginWithPassword, savedCredentials, type SetupReason } from '../state/auth-store';
import { forgetIfOtherTable } from '../state/table-switch';
import { LangSwitch } from '../components/LangSwitch';

const REASON_TEXT: Record<SetupReason, TabletText> = {
  password_changed: 'reasonPasswordChanged',
  pairing_expired: 'reasonPairingExpired',
};

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
  const [storeCode, setStoreCode] = useState(saved?.store_code ?? '');
  const [tableNumber, setTableNumber] = useState(saved ? String(saved.table_number) : '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const notice = error ?? (pairFailed ? t('pairFailed') : reason ? t(REASON_TEXT[reason]) : null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(tableNumber);
    if (!storeCode.trim() || !Number.isInteger(n) || n < 1 || n > 999 || password.length < 4) {
      setError(t('invalidInput'));
      return;
    }
    setBusy(true);
    setError(null);
    const before = savedCredentials();
    try {
      await loginWithPassword({ store_code: storeCode.trim(), table_number: n, password });
      forgetIfOtherTable(before, savedCredentials());
    } catch (err) {
      setError(loginErrorText(err, t));
      setBusy(false);
    }
  }

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
        <label>
          <span>{t('storeCode')}</span>
          <input
            name="store_code"
            value={storeCode}
            onChange={(e) => setStoreCode(e.target.value)}
            autoCapitalize="off"
            autoComplete="off"
            spellCheck={false}
            required
          />
        </label>
        <label>
          <span>{t('tableNumber')}</span>
          <input
            name="table_number"
            value={tableNumber}
            onChange={(e) => setTableNumber(e.target.value.replace(/\D/g, ''))}
            inputMode="numeric"
            autoComplete="off"
            required
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
            required
          />
        </label>
        <button type="submit" className="btn primary wide" disabled={busy}>
          {busy ? t('connecting') : t('connect')}
        </button>
      </form>
    </div>
  );
}

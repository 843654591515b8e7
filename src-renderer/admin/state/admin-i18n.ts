/** The admin app's translate hook, error-to-words and small formatting helpers. */
import { useLang, useT } from '../../common/i18n';
import { ApiError } from '../../common/api';
import { formatWon } from '../../../src-shared/format';
import {
  ORDER_STATUS_LABELS_EN,
  ORDER_STATUS_LABELS_KO,
  type OrderStatus,
} from '../../../src-shared/order-status';
import { dict, type AdminKey } from './admin-dictionary';
import { localizeFieldMessage } from './field-messages';

export type T = (key: AdminKey, vars?: Record<string, string | number>) => string;

export function useAdminT(): T {
  return useT(dict);
}

/** Money and status labels in the chosen language. */
export function useFormat() {
  const [lang] = useLang();
  return {
    lang,
    won: (n: number) => formatWon(n, lang),
    status: (s: OrderStatus) => (lang === 'ko' ? ORDER_STATUS_LABELS_KO : ORDER_STATUS_LABELS_EN)[s],
    time: (iso: string) =>
      new Date(iso).toLocaleTimeString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      }),
    dateTime: (iso: string) =>
      new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
  };
}

/** "3분 20초" / "45초" for a wait or an age in seconds. */
export function duration(t: T, totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return t('seconds', { n: rest });
  return rest ? `${t('minutes', { n: m })} ${t('seconds', { n: rest })}` : t('minutes', { n: m });
}

/** An error in words the manager understands; the server's detail is kept for 409s. */
export function errorText(t: T, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errInternal');
  switch (error.status) {
    case 0:
      return t('errNetwork');
    case 400:
      return error.errors.length ? t('errValidation') : `${t('errValidation')} (${error.message})`;
    case 403:
      return t('errForbidden');
    case 404:
      return t('errNotFound');
    case 409:
      return `${t('errConflict')} (${error.message})`;
    case 413:
      return t('errTooLarge');
    case 415:
      return t('errMediaType');
    case 429:
      return t('errRateLimited', { wait: duration(t, error.retryAfterSeconds ?? 60) });
    case 503:
      return t('errUnavailable');
    default:
      return t('errInternal');
  }
}

/**
 * Splits an API validation error into messages per form field (errors[].path → field) and
 * the rest, which the form shows above its buttons so nothing the server said is lost.
 */
export function fieldErrors(error: unknown, fields: readonly string[], lang: 'ko' | 'en' = 'en') {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  if (error instanceof ApiError) {
    for (const e of error.errors) {
      const message = localizeFieldMessage(e.message, lang);
      const field = fields.find((f) => e.path === f || e.path.startsWith(`${f}.`));
      if (field && !byField[field]) byField[field] = message;
      else if (!field) other.push(e.path ? `${e.path}: ${message}` : message);
    }
  }
  return { byField, other };
}

/** fieldErrors in the chosen language. */
export function useFieldErrors() {
  const [lang] = useLang();
  return (error: unknown, fields: readonly string[]) => fieldErrors(error, fields, lang);
}

/**
 * Tiny i18n, the choice kept per device. Staff screens speak Korean or English; the guest
 * tablet also speaks Chinese and Japanese (T8). One stored value serves both: a staff screen
 * opened on a browser left in 中文 or 日本語 shows English.
 */
import { useCallback, useSyncExternalStore } from 'react';

export type Lang = 'ko' | 'en';
export type GuestLang = Lang | 'zh' | 'ja';
export const GUEST_LANGS: readonly GuestLang[] = ['ko', 'en', 'zh', 'ja'];
const KEY = 'table-order.lang';
const listeners = new Set<() => void>();

export function readGuestLang(): GuestLang {
  try {
    const v = localStorage.getItem(KEY);
    return (GUEST_LANGS as readonly (string | null)[]).includes(v) ? (v as GuestLang) : 'ko';
  } catch {
    return 'ko';
  }
}

/** What a staff screen shows for the stored choice. */
const staffLang = (l: GuestLang): Lang => (l === 'ko' ? 'ko' : 'en');
const readStaff = () => staffLang(readGuestLang());

export function setLang(lang: GuestLang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useLang(): [Lang, (lang: Lang) => void] {
  const lang = useSyncExternalStore(subscribe, readStaff, () => 'ko' as Lang);
  return [lang, setLang];
}

/** The guest tablet's language, any of the four. */
export function useGuestLang(): [GuestLang, (lang: GuestLang) => void] {
  const lang = useSyncExternalStore(subscribe, readGuestLang, () => 'ko' as GuestLang);
  return [lang, setLang];
}

/** Korean and English always; Chinese and Japanese where written (else English). */
export type Dictionary = Record<string, { ko: string; en: string; zh?: string; ja?: string }>;

/** `t('key', {n: 3})` replaces `{n}` in the chosen language's text. */
export function useT<D extends Dictionary>(dict: D) {
  const [lang] = useGuestLang();
  return useCallback(
    (key: keyof D & string, vars?: Record<string, string | number>) => {
      const entry = dict[key];
      let text = entry ? (entry[lang] ?? entry.en) : key;
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [dict, lang],
  );
}

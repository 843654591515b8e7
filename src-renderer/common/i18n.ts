/** Tiny i18n: Korean by default, English switchable, the choice kept per device. */
import { useCallback, useSyncExternalStore } from 'react';

export type Lang = 'ko' | 'en';
const KEY = 'table-order.lang';
const listeners = new Set<() => void>();

function read(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

export function useLang(): [Lang, (lang: Lang) => void] {
  const lang = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    read,
    () => 'ko' as Lang,
  );
  return [lang, setLang];
}

export type Dictionary = Record<string, { ko: string; en: string }>;

/** `t('key', {n: 3})` replaces `{n}` in the chosen language's text. */
export function useT<D extends Dictionary>(dict: D) {
  const [lang] = useLang();
  return useCallback(
    (key: keyof D & string, vars?: Record<string, string | number>) => {
      let text = dict[key]?.[lang] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [dict, lang],
  );
}

import { GUEST_LANGS, useGuestLang, useT, type GuestLang } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';

/** Each language named in itself, so a guest finds theirs whatever the tablet shows now. */
const NAMES: Record<GuestLang, string> = { ko: '한국어', en: 'English', zh: '中文', ja: '日本語' };

/** Korean by default; English, Chinese and Japanese for menus and texts (T8). */
export function LangSwitch() {
  const t = useT(dict);
  const [lang, setLang] = useGuestLang();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('language')}</span>
      <svg className="lang-globe" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      <select
        value={lang}
        aria-label={`${t('language')} / Language`}
        onChange={(e) => setLang(e.target.value as GuestLang)}
      >
        {GUEST_LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

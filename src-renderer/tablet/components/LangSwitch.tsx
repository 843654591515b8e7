import { useLang, useT } from '../../common/i18n';
import { dict } from '../state/tablet.dictionary';

/** Korean by default; one tap for English (labelled in the language it switches to). */
export function LangSwitch() {
  const t = useT(dict);
  const [lang, setLang] = useLang();
  return (
    <button
      type="button"
      className="btn ghost"
      lang={lang === 'ko' ? 'en' : 'ko'}
      onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
    >
      {t('langSwitch')}
    </button>
  );
}

/** How the tablet shows the dish as it is being edited: its tile and its option sheet, per language. */
import { useState } from 'react';
import { useWatch, useFormContext } from 'react-hook-form';
import { useT, type GuestLang } from '../../common/i18n';
import { ALLERGENS, BADGE_LABELS, BADGES, formatDelta } from '../../common/menu-extras';
import { formatWon } from '../../../src-shared/format';
import type { MenuForm } from '../state/menu-form';
import { menuDict } from '../state/menu-dictionary';

const LANGS: { lang: GuestLang; label: string }[] = [
  { lang: 'ko', label: '한' },
  { lang: 'en', label: 'EN' },
  { lang: 'zh', label: '中' },
  { lang: 'ja', label: '日' },
];

const pick = (ko: string, tr: { name: string } | undefined) => tr?.name.trim() || ko;

export function DishPreview() {
  const t = useT(menuDict);
  const [lang, setLang] = useState<GuestLang>('ko');
  const v = useWatch({ control: useFormContext<MenuForm>().control }) as MenuForm;
  const won = (n: number) => formatWon(n, lang === 'ko' ? 'ko' : 'en');
  const price = Number(v.price) || 0;
  const name = lang === 'ko' ? v.name : pick(v.name, v.translations[lang]);
  const description =
    lang === 'ko' ? v.description : v.translations[lang].description.trim() || v.description;
  const shown = name.trim() || '…';
  return (
    <aside className="dish-preview" aria-label={t('preview')} data-testid="dish-preview">
      <div className="preview-head">
        <h3>{t('preview')}</h3>
        <span className="preview-langs" role="group">
          {LANGS.map((l) => (
            <button
              key={l.lang}
              type="button"
              className={`small${l.lang === lang ? ' primary' : ''}`}
              aria-pressed={l.lang === lang}
              onClick={() => setLang(l.lang)}
            >
              {l.label}
            </button>
          ))}
        </span>
      </div>
      <div className={`preview-card${v.available ? '' : ' sold-out'}`}>
        <div className="preview-photo">
          {v.image_url ? (
            <img src={v.image_url} alt="" />
          ) : (
            <span className="preview-letter">{shown[0]}</span>
          )}
          <span className="preview-flags">
            {BADGES.filter((b) => v.badges.includes(b)).map((b) => (
              <span key={b} className={`preview-badge badge-${b}`}>
                {BADGE_LABELS[b][lang]}
              </span>
            ))}
          </span>
        </div>
        <div className="preview-body">
          <strong>{shown}</strong>
          {description && <span className="preview-desc">{description}</span>}
          <span className="preview-price">
            {won(price)}
            <span className="preview-add">+ {t('add')}</span>
          </span>
        </div>
      </div>
      {(v.origin.trim() || v.allergens.length > 0) && (
        <p className="preview-facts">
          {v.origin.trim() && <span>원산지 · {v.origin}</span>}
          {v.allergens.length > 0 && (
            <span>
              {v.allergens.map((a) => ALLERGENS[a as keyof typeof ALLERGENS]?.[lang] ?? a).join(', ')}
            </span>
          )}
        </p>
      )}
      {v.option_groups.map((g, gi) => (
        <div key={gi} className="preview-group">
          <div className="preview-group-head">
            <strong>{(lang === 'ko' ? g.name : pick(g.name, g.translations[lang])) || '…'}</strong>
            <span className={g.min_select > 0 ? 'pill pill-req' : 'pill'}>
              {g.max_select === 1 ? t('pickOne') : t('pickUpTo', { n: g.max_select })}
            </span>
          </div>
          <ul>
            {g.options.map((o, oi) => (
              <li key={oi} className={o.available ? '' : 'sold-out'}>
                <span aria-hidden="true">{g.max_select === 1 ? '○' : '□'}</span>
                <span>{(lang === 'ko' ? o.name : pick(o.name, o.translations[lang])) || '…'}</span>
                <span className="muted">
                  {o.available ? formatDelta(Number(o.price_delta) || 0, won) : t('optionSoldOut')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}

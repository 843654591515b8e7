/**
 * A dish's option groups (T7): add, reorder, remove; per group its names in four languages
 * and how many a guest picks; per option its names, price difference and sold-out state.
 */
import { useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { useT } from '../../common/i18n';
import { MENU_LANGUAGES } from '../../../src-shared/menu-codes';
import { LIMITS } from '../../../src-shared/limits';
import { emptyGroup, emptyOption, type MenuForm } from '../state/menu-form';
import { menuDict } from '../state/menu-dictionary';

const LANG_KEY = { en: 'langEn', zh: 'langZh', ja: 'langJa' } as const;

/** The message of a nested field error, if any. */
function messageAt(errors: FieldErrors<MenuForm>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const m = (node as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' ? m : undefined;
}

function Err({ path }: { path: string }) {
  const { formState } = useFormContext<MenuForm>();
  const m = messageAt(formState.errors, path);
  return m ? (
    <span className="field-error" role="alert">
      {m}
    </span>
  ) : null;
}

function Options({ g }: { g: number }) {
  const t = useT(menuDict);
  const { control, register } = useFormContext<MenuForm>();
  const options = useFieldArray({ control, name: `option_groups.${g}.options` });
  return (
    <div className="opt-rows">
      <div className="opt-row opt-row-head" aria-hidden="true">
        <span>{t('langKo')}</span>
        {MENU_LANGUAGES.map((l) => (
          <span key={l}>{t(LANG_KEY[l])}</span>
        ))}
        <span>{t('priceDelta')}</span>
        <span>{t('optionSoldOut')}</span>
        <span />
      </div>
      {options.fields.map((o, i) => (
        <div key={o.id} className="opt-row" data-testid="option-row">
          <input
            aria-label={t('optionNameIn', { n: i + 1, lang: t('langKo') })}
            {...register(`option_groups.${g}.options.${i}.name`)}
          />
          {MENU_LANGUAGES.map((l) => (
            <input
              key={l}
              lang={l}
              aria-label={t('optionNameIn', { n: i + 1, lang: t(LANG_KEY[l]) })}
              {...register(`option_groups.${g}.options.${i}.translations.${l}.name`)}
            />
          ))}
          <input
            className="num"
            inputMode="numeric"
            aria-label={`${t('priceDelta')} ${i + 1}`}
            {...register(`option_groups.${g}.options.${i}.price_delta`)}
          />
          <label className="check opt-sold">
            <SoldOutBox g={g} i={i} />
          </label>
          <span className="row-tools">
            <button
              type="button"
              className="icon-btn"
              aria-label={t('up')}
              disabled={i === 0}
              onClick={() => options.move(i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={t('down')}
              disabled={i === options.fields.length - 1}
              onClick={() => options.move(i, i + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-btn danger-text"
              aria-label={t('removeOption')}
              disabled={options.fields.length === 1}
              onClick={() => options.remove(i)}
            >
              ×
            </button>
          </span>
          <span className="opt-row-errors">
            <Err path={`option_groups.${g}.options.${i}.name`} />
            <Err path={`option_groups.${g}.options.${i}.price_delta`} />
          </span>
        </div>
      ))}
      <button
        type="button"
        className="small"
        disabled={options.fields.length >= LIMITS.optionsPerGroupMax}
        onClick={() => options.append(emptyOption())}
      >
        + {t('addOption')}
      </button>
    </div>
  );
}

/** "품절" ticked = available false. */
function SoldOutBox({ g, i }: { g: number; i: number }) {
  const t = useT(menuDict);
  const { control, setValue } = useFormContext<MenuForm>();
  const available = useWatch({ control, name: `option_groups.${g}.options.${i}.available` });
  return (
    <>
      <input
        type="checkbox"
        name={`option_groups.${g}.options.${i}.sold_out`}
        aria-label={`${t('optionSoldOut')} ${i + 1}`}
        checked={!available}
        onChange={(e) =>
          setValue(`option_groups.${g}.options.${i}.available`, !e.target.checked, { shouldDirty: true })
        }
      />
      <span aria-hidden="true">{t('optionSoldOut')}</span>
    </>
  );
}

function GroupSelect({ g }: { g: number }) {
  const t = useT(menuDict);
  const { control, register } = useFormContext<MenuForm>();
  const count = useWatch({ control, name: `option_groups.${g}.options` }).length;
  const min = useWatch({ control, name: `option_groups.${g}.min_select` });
  const range = (from: number) => Array.from({ length: count - from + 1 }, (_, k) => k + from);
  return (
    <span className="group-select">
      <label>
        {t('minSelect')}
        <select {...register(`option_groups.${g}.min_select`, { valueAsNumber: true })}>
          {range(0).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('maxSelect')}
        <select {...register(`option_groups.${g}.max_select`, { valueAsNumber: true })}>
          {range(1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <span className={`pill ${min > 0 ? 'pill-req' : ''}`}>
        {min > 0 ? t('requiredGroup') : t('optionalGroup')}
      </span>
    </span>
  );
}

export function OptionGroupsEditor() {
  const t = useT(menuDict);
  const { control, register } = useFormContext<MenuForm>();
  const groups = useFieldArray({ control, name: 'option_groups' });
  return (
    <section className="editor-section" aria-label={t('optionsTitle')}>
      <h3>{t('optionsTitle')}</h3>
      <p className="field-hint">{t('optionsHint')}</p>
      {groups.fields.map((f, g) => (
        <fieldset key={f.id} className="group-box" data-testid="option-group">
          <legend className="sr-only">{t('groupN', { n: g + 1 })}</legend>
          <div className="group-head">
            <input
              className="group-name"
              aria-label={t('groupNameIn', { n: g + 1, lang: t('langKo') })}
              placeholder={t('groupName')}
              {...register(`option_groups.${g}.name`)}
            />
            {MENU_LANGUAGES.map((l) => (
              <input
                key={l}
                lang={l}
                aria-label={t('groupNameIn', { n: g + 1, lang: t(LANG_KEY[l]) })}
                placeholder={t(LANG_KEY[l])}
                {...register(`option_groups.${g}.translations.${l}.name`)}
              />
            ))}
          </div>
          <div className="group-bar">
            <GroupSelect g={g} />
            <span className="row-tools">
              <button
                type="button"
                className="small"
                disabled={g === 0}
                onClick={() => groups.move(g, g - 1)}
              >
                ↑ {t('up')}
              </button>
              <button
                type="button"
                className="small"
                disabled={g === groups.fields.length - 1}
                onClick={() => groups.move(g, g + 1)}
              >
                ↓ {t('down')}
              </button>
              <button type="button" className="small danger-outline" onClick={() => groups.remove(g)}>
                {t('removeGroup')}
              </button>
            </span>
          </div>
          <Err path={`option_groups.${g}.name`} />
          <Err path={`option_groups.${g}.min_select`} />
          <Err path={`option_groups.${g}.max_select`} />
          <Options g={g} />
        </fieldset>
      ))}
      <button
        type="button"
        disabled={groups.fields.length >= LIMITS.optionGroupsMax}
        onClick={() => groups.append(emptyGroup())}
      >
        + {t('addGroup')}
      </button>
    </section>
  );
}

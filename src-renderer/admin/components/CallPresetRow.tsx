import { Fragment } from 'react';
import type { AdminKey } from '../state/admin-dictionary';
import { useAdminT } from '../state/admin-i18n';
import { PRESET_LANGS, type PresetField, type PresetRow } from '../state/call-presets-form';
import { LIMITS } from '../../../src-shared/limits';

interface Props {
  row: PresetRow;
  index: number;
  count: number;
  errors: Partial<Record<PresetField, AdminKey>> | undefined;
  onChange: (field: PresetField, value: string) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

const LANG_NAMES: Record<(typeof PRESET_LANGS)[number], AdminKey> = {
  en: 'presetLangEn',
  zh: 'presetLangZh',
  ja: 'presetLangJa',
};

/** One call button in the editor: its Korean label, translations, order and removal. */
export function CallPresetRow({ row, index, count, errors, onChange, onMove, onDelete }: Props) {
  const t = useAdminT();
  const name = row.label.trim() || t('presetUnnamed');
  const input = (field: PresetField, label: string) => {
    const error = errors?.[field];
    const id = `preset-${row.key}-${field}`;
    return (
      <div className={error ? 'preset-field field-invalid' : 'preset-field'}>
        <label htmlFor={id} className={field === 'label' ? 'preset-label' : 'preset-label muted'}>
          {label}
        </label>
        <input
          id={id}
          value={row[field]}
          maxLength={LIMITS.callPresetLabelMax + 10}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(field, e.target.value)}
        />
        {error && (
          <span className="field-error" id={`${id}-error`} role="alert">
            {t(error, { n: LIMITS.callPresetLabelMax })}
          </span>
        )}
      </div>
    );
  };
  return (
    <li className="preset-row" data-testid="preset-row" data-preset-id={row.id ?? ''}>
      <span className="preset-pos">{index + 1}</span>
      <div className="preset-fields">
        {input('label', t('presetLabel'))}
        {PRESET_LANGS.map((lang) => (
          <Fragment key={lang}>{input(lang, t(LANG_NAMES[lang]))}</Fragment>
        ))}
      </div>
      <span className="preset-tools">
        <button
          type="button"
          className="icon-btn"
          aria-label={`${name} ${t('moveUp')}`}
          title={t('moveUp')}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label={`${name} ${t('moveDown')}`}
          title={t('moveDown')}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="small danger-outline"
          aria-label={`${name} ${t('delete')}`}
          onClick={onDelete}
        >
          {t('delete')}
        </button>
      </span>
    </li>
  );
}

/**
 * The call-presets editor's draft (T9): rows as typed, checked here before the whole list is
 * PUT (the server replaces the list in this order; a row without id is a new preset).
 */
import type { CallPreset } from '../../../src-shared/types';
import type { CallPresetsInput } from '../../../src-shared/schemas';
import { LIMITS } from '../../../src-shared/limits';
import type { AdminKey } from './admin-dictionary';

export const PRESET_LANGS = ['en', 'zh', 'ja'] as const;
export type PresetLang = (typeof PRESET_LANGS)[number];
export type PresetField = 'label' | PresetLang;

export interface PresetRow {
  /** React key; stays with the row as it moves. */
  key: string;
  id?: number;
  label: string;
  en: string;
  zh: string;
  ja: string;
}

/** Row key → field → message key. */
export type RowErrors = Record<string, Partial<Record<PresetField, AdminKey>>>;

let nextKey = 1;
export const newRow = (): PresetRow => ({ key: `new-${nextKey++}`, label: '', en: '', zh: '', ja: '' });

export function toRows(presets: readonly CallPreset[]): PresetRow[] {
  return presets.map((p) => ({
    key: `id-${p.id}`,
    id: p.id,
    label: p.label,
    en: p.translations.en?.label ?? '',
    zh: p.translations.zh?.label ?? '',
    ja: p.translations.ja?.label ?? '',
  }));
}

export function toBody(rows: readonly PresetRow[]): CallPresetsInput {
  return {
    presets: rows.map((r) => {
      const translations: NonNullable<CallPresetsInput['presets'][number]['translations']> = {};
      for (const lang of PRESET_LANGS) if (r[lang].trim()) translations[lang] = { label: r[lang].trim() };
      return { ...(r.id ? { id: r.id } : {}), label: r.label.trim(), translations };
    }),
  };
}

/** What is wrong with the draft, per row and field (empty = fine to save). */
export function validate(rows: readonly PresetRow[]): RowErrors {
  const errors: RowErrors = {};
  const seen = new Set<string>();
  for (const r of rows) {
    const row: Partial<Record<PresetField, AdminKey>> = {};
    const label = r.label.trim();
    if (!label) row.label = 'presetLabelRequired';
    else if (label.length > LIMITS.callPresetLabelMax) row.label = 'presetLabelTooLong';
    else if (seen.has(label)) row.label = 'presetDuplicate';
    seen.add(label);
    for (const lang of PRESET_LANGS)
      if (r[lang].trim().length > LIMITS.callPresetLabelMax) row[lang] = 'presetLabelTooLong';
    if (Object.keys(row).length) errors[r.key] = row;
  }
  return errors;
}

/** Places the server's 400 paths (`presets.2.translations.en.label`) on the draft's rows. */
export function serverErrors(rows: readonly PresetRow[], paths: readonly string[]): RowErrors {
  const errors: RowErrors = {};
  for (const path of paths) {
    const m = /^presets\.(\d+)\.(label|translations\.(en|zh|ja))/.exec(path);
    const row = m ? rows[Number(m[1])] : undefined;
    if (!m || !row) continue;
    const field = (m[3] as PresetLang | undefined) ?? 'label';
    errors[row.key] = { ...errors[row.key], [field]: 'presetInvalid' };
  }
  return errors;
}

export const sameRows = (a: readonly PresetRow[], b: readonly PresetRow[]) =>
  JSON.stringify(toBody(a)) === JSON.stringify(toBody(b));

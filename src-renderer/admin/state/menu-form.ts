/**
 * The menu item form (A7, T7, T8): what the inputs hold (text as typed), how it becomes the
 * API body, and one validation for both — the shared CreateMenuBody schema behind a transform,
 * so the form refuses exactly what the server would, with the same paths as field names.
 */
import { z } from 'zod';
import { CreateMenuBody } from '../../../src-shared/schemas';
import { toFieldErrors } from '../../../src-shared/validation';
import { MENU_LANGUAGES, type MenuLanguage } from '../../../src-shared/menu-codes';
import type { Menu, NameTranslation, Translations } from '../../../src-shared/types';
import { localizeFieldMessage } from './field-messages';

export type LangTexts<T> = Record<MenuLanguage, T>;

export interface OptionForm {
  id?: number;
  name: string;
  price_delta: string;
  available: boolean;
  translations: LangTexts<{ name: string }>;
}

export interface GroupForm {
  id?: number;
  name: string;
  min_select: number;
  max_select: number;
  translations: LangTexts<{ name: string }>;
  options: OptionForm[];
}

export interface MenuForm {
  category_id: number;
  name: string;
  price: string;
  description: string;
  image_url: string | null;
  available: boolean;
  translations: LangTexts<{ name: string; description: string }>;
  origin: string;
  allergens: string[];
  badges: string[];
  prep_minutes: string;
  option_groups: GroupForm[];
}

const nameTexts = (tr: Translations<NameTranslation> | undefined): LangTexts<{ name: string }> =>
  Object.fromEntries(MENU_LANGUAGES.map((l) => [l, { name: tr?.[l]?.name ?? '' }])) as LangTexts<{
    name: string;
  }>;

export const emptyOption = (): OptionForm => ({
  name: '',
  price_delta: '0',
  available: true,
  translations: nameTexts(undefined),
});

export const emptyGroup = (): GroupForm => ({
  name: '',
  min_select: 0,
  max_select: 1,
  translations: nameTexts(undefined),
  options: [emptyOption()],
});

export function formFromMenu(item: Menu | undefined, categoryId: number): MenuForm {
  return {
    category_id: item?.category_id ?? categoryId,
    name: item?.name ?? '',
    price: item ? String(item.price) : '',
    description: item?.description ?? '',
    image_url: item?.image_url ?? null,
    available: item?.available ?? true,
    translations: Object.fromEntries(
      MENU_LANGUAGES.map((l) => [
        l,
        { name: item?.translations[l]?.name ?? '', description: item?.translations[l]?.description ?? '' },
      ]),
    ) as MenuForm['translations'],
    origin: item?.origin ?? '',
    allergens: [...(item?.allergens ?? [])],
    badges: [...(item?.badges ?? [])],
    prep_minutes: item?.prep_minutes ? String(item.prep_minutes) : '',
    option_groups: (item?.option_groups ?? []).map((g) => ({
      id: g.id,
      name: g.name,
      min_select: g.min_select,
      max_select: g.max_select,
      translations: nameTexts(g.translations),
      options: g.options.map((o) => ({
        id: o.id,
        name: o.name,
        price_delta: String(o.price_delta),
        available: o.available,
        translations: nameTexts(o.translations),
      })),
    })),
  };
}

/** Empty = not given; anything else goes as a number so the schema names what is wrong. */
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/,/g, '')));

/** Only the languages the owner filled in; the tablet falls back to Korean for the rest. */
function translated<T extends { name: string }>(texts: LangTexts<T>) {
  const out: Partial<Record<MenuLanguage, T>> = {};
  for (const l of MENU_LANGUAGES) {
    const entry = texts[l];
    const filled = Object.values(entry).some((v) => String(v).trim() !== '');
    if (!filled) continue;
    out[l] = Object.fromEntries(
      Object.entries(entry).filter(([k, v]) => k === 'name' || String(v).trim() !== ''),
    ) as T;
  }
  return out;
}

export function bodyFromForm(v: MenuForm) {
  return {
    category_id: v.category_id,
    name: v.name,
    price: num(v.price),
    description: v.description,
    image_url: v.image_url,
    available: v.available,
    translations: translated(v.translations),
    origin: v.origin.trim() === '' ? null : v.origin,
    allergens: v.allergens,
    badges: v.badges,
    prep_minutes: num(v.prep_minutes) ?? null,
    option_groups: v.option_groups.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      name: g.name,
      min_select: g.min_select,
      max_select: g.max_select,
      translations: translated(g.translations),
      options: g.options.map((o) => ({
        ...(o.id ? { id: o.id } : {}),
        name: o.name,
        price_delta: num(o.price_delta) ?? 0,
        available: o.available,
        translations: translated(o.translations),
      })),
    })),
  };
}

/** The form's schema: its values, turned into the API body, checked by the API's own schema. */
export const menuFormSchema = z
  .custom<MenuForm>()
  // Typed loosely on purpose: a missing price or a bad number is for the API schema to name.
  .transform((v) => bodyFromForm(v) as unknown as z.input<typeof CreateMenuBody>)
  .pipe(CreateMenuBody);
export type MenuBody = z.output<typeof menuFormSchema>;

/** Zod's messages the way the server words them, in the admin's language. */
export const formErrorMap =
  (lang: 'ko' | 'en'): z.core.$ZodErrorMap =>
  (issue) =>
    localizeFieldMessage(
      toFieldErrors([{ ...issue, path: issue.path ?? [] } as z.core.$ZodIssue])[0]?.message ?? '',
      lang,
    );

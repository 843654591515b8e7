import { useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category, Menu } from '../../../src-shared/types';
import { MENU_LANGUAGES } from '../../../src-shared/menu-codes';
import { useLang, useT } from '../../common/i18n';
import { ALLERGEN_CODES, ALLERGENS, BADGE_LABELS, BADGES } from '../../common/menu-extras';
import { api, ApiError, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { localizeFieldMessage } from '../state/field-messages';
import { formErrorMap, formFromMenu, menuFormSchema, type MenuBody, type MenuForm } from '../state/menu-form';
import { menuDict } from '../state/menu-dictionary';
import { Modal } from './Modal';
import { Field } from './Field';
import { FormError } from './FormError';
import { ImagePicker } from './ImagePicker';
import { OptionGroupsEditor } from './OptionGroupsEditor';
import { DishPreview } from './DishPreview';
import { useToast } from './Toasts';

interface Props {
  categories: Category[];
  /** Editing this item; absent = a new item in `categoryId`. */
  item?: Menu;
  categoryId: number;
  nextOrder: number;
  onClose: () => void;
}

const LANG_KEY = { en: 'langEn', zh: 'langZh', ja: 'langJa' } as const;

/** A7, T7, T8: create / edit one dish — photo, languages, 원산지, allergens, badges, options. */
export function MenuItemDialog({ categories, item, categoryId, nextOrder, onClose }: Props) {
  const t = useAdminT();
  const tm = useT(menuDict);
  const [lang] = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const [uploading, setUploading] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const form = useForm<MenuForm, unknown, MenuBody>({
    defaultValues: formFromMenu(item, categoryId),
    resolver: zodResolver(menuFormSchema, { error: formErrorMap(lang) }),
  });
  const { register, formState, setValue, watch, setError } = form;
  const errors = formState.errors;

  const save = useMutation({
    mutationFn: (body: MenuBody) =>
      item
        ? api.put<Menu>(`/api/admin/menus/${item.id}`, body)
        : api.post<Menu>('/api/admin/menus', { ...body, display_order: nextOrder }),
    onSuccess: () => {
      toast('ok', t('saved'));
      void qc.invalidateQueries({ queryKey: keys.menus });
      onClose();
    },
    onError: (e) => {
      // The server checks again (an option deleted meanwhile, …): its field errors land on the fields.
      const rest: string[] = [];
      if (e instanceof ApiError) {
        for (const fe of e.errors) {
          const message = localizeFieldMessage(fe.message, lang);
          if (fe.path) setError(fe.path as FieldPath<MenuForm>, { message });
          else rest.push(message);
        }
      }
      setOther(rest);
    },
  });
  const submit = form.handleSubmit((body) => save.mutate(body));
  const imageUrl = watch('image_url');
  const toggleIn = (field: 'allergens' | 'badges', code: string, on: boolean) => {
    const now = form.getValues(field);
    setValue(field, on ? [...now, code] : now.filter((c) => c !== code), { shouldDirty: true });
  };
  const allergens = watch('allergens');
  const badges = watch('badges');

  return (
    <Modal
      title={item ? t('editItem') : t('addItem')}
      onClose={onClose}
      wide="xl"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            form="menu-item-form"
            className="primary"
            disabled={save.isPending || uploading}
          >
            {save.isPending ? t('saving') : t('save')}
          </button>
        </>
      }
    >
      <FormProvider {...form}>
        <div className="dish-editor">
          <form id="menu-item-form" className="dish-form" onSubmit={submit} noValidate>
            <section className="editor-section form-grid4">
              <Field label={t('category')} error={errors.category_id?.message}>
                <select {...register('category_id', { valueAsNumber: true })}>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('price')} error={errors.price?.message}>
                <input inputMode="numeric" {...register('price')} />
              </Field>
              <Field label={tm('prepMinutes')} error={errors.prep_minutes?.message}>
                <input inputMode="numeric" {...register('prep_minutes')} />
              </Field>
              <Field label={t('saleState')} error={errors.available?.message}>
                <span className="check">
                  <input type="checkbox" {...register('available')} />
                  {watch('available') ? t('available') : t('soldOut')}
                </span>
              </Field>
            </section>

            <section className="editor-section">
              <h3>{tm('namesTitle')}</h3>
              <div className="tr-grid">
                <span />
                <span className="tr-lang">{tm('langKo')}</span>
                {MENU_LANGUAGES.map((l) => (
                  <span key={l} className="tr-lang">
                    {tm(LANG_KEY[l])}
                  </span>
                ))}
                <span className="tr-row">{tm('rowName')}</span>
                <Field label={t('name')} error={errors.name?.message}>
                  <input {...register('name')} />
                </Field>
                {MENU_LANGUAGES.map((l) => (
                  <label key={l} className="tr-cell">
                    <input
                      lang={l}
                      aria-label={tm('trName', { lang: tm(LANG_KEY[l]) })}
                      {...register(`translations.${l}.name`)}
                    />
                    {errors.translations?.[l]?.name?.message && (
                      <span className="field-error" role="alert">
                        {errors.translations[l].name.message}
                      </span>
                    )}
                  </label>
                ))}
                <span className="tr-row">{tm('rowDescription')}</span>
                <Field label={t('description')} error={errors.description?.message}>
                  <textarea rows={3} {...register('description')} />
                </Field>
                {MENU_LANGUAGES.map((l) => (
                  <label key={l} className="tr-cell">
                    <textarea
                      rows={3}
                      lang={l}
                      aria-label={tm('trDescription', { lang: tm(LANG_KEY[l]) })}
                      {...register(`translations.${l}.description`)}
                    />
                  </label>
                ))}
              </div>
              <p className="field-hint">{tm('namesHint')}</p>
            </section>

            <section className="editor-section">
              <span className="field-label">{t('image')}</span>
              <ImagePicker
                value={imageUrl}
                onChange={(url) => setValue('image_url', url, { shouldDirty: true })}
                onBusy={setUploading}
                error={errors.image_url?.message}
              />
            </section>

            <section className="editor-section" aria-label={tm('infoTitle')}>
              <h3>{tm('infoTitle')}</h3>
              <Field label={tm('origin')} error={errors.origin?.message} hint={tm('originHint')}>
                <input {...register('origin')} />
              </Field>
              <fieldset className="checks">
                <legend>{tm('allergens')}</legend>
                {ALLERGEN_CODES.map((a) => (
                  <label key={a} className="check">
                    <input
                      type="checkbox"
                      checked={allergens.includes(a)}
                      onChange={(e) => toggleIn('allergens', a, e.target.checked)}
                    />
                    {ALLERGENS[a][lang]}
                  </label>
                ))}
              </fieldset>
              <fieldset className="checks">
                <legend>{tm('badges')}</legend>
                {BADGES.map((b) => (
                  <label key={b} className="check">
                    <input
                      type="checkbox"
                      checked={badges.includes(b)}
                      onChange={(e) => toggleIn('badges', b, e.target.checked)}
                    />
                    {BADGE_LABELS[b][lang]}
                  </label>
                ))}
              </fieldset>
            </section>

            <OptionGroupsEditor />
          </form>
          <DishPreview />
        </div>
      </FormProvider>
      <FormError error={save.error} other={other} />
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category, Menu } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { useAdminT } from '../state/admin-i18n';
import { Modal } from './Modal';
import { Field } from './Field';
import { FormError } from './FormError';
import { ImagePicker } from './ImagePicker';
import { useFormErrors } from '../state/use-form-errors';
import { useToast } from './Toasts';

const FIELDS = [
  'category_id',
  'name',
  'price',
  'description',
  'image_url',
  'available',
  'display_order',
] as const;

interface Props {
  categories: Category[];
  /** Editing this item; absent = a new item in `categoryId`. */
  item?: Menu;
  categoryId: number;
  nextOrder: number;
  onClose: () => void;
}

/** A7 create / edit one menu item, with its photo. */
export function MenuItemDialog({ categories, item, categoryId, nextOrder, onClose }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({
    category_id: item?.category_id ?? categoryId,
    name: item?.name ?? '',
    price: item ? String(item.price) : '',
    description: item?.description ?? '',
    image_url: item?.image_url ?? null,
    available: item?.available ?? true,
  });
  const [uploading, setUploading] = useState(false);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...form,
        // An empty or odd price goes to the server as-is so its field error names it.
        price: form.price.trim() === '' ? null : Number(form.price),
        ...(item ? {} : { display_order: nextOrder }),
      };
      return item
        ? api.put<Menu>(`/api/admin/menus/${item.id}`, body)
        : api.post<Menu>('/api/admin/menus', body);
    },
    onSuccess: () => {
      toast('ok', t('saved'));
      void qc.invalidateQueries({ queryKey: keys.menus });
      onClose();
    },
  });
  const { byField, other, onInput, formError } = useFormErrors(save.error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Modal
      title={item ? t('editItem') : t('addItem')}
      onClose={onClose}
      wide
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
      <form id="menu-item-form" className="form-grid" onSubmit={submit} onInput={onInput} noValidate>
        <Field label={t('category')} error={byField.category_id}>
          <select
            name="category_id"
            value={form.category_id}
            onChange={(e) => setForm({ ...form, category_id: Number(e.target.value) })}
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('name')} error={byField.name}>
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('price')} error={byField.price}>
          <input
            name="price"
            inputMode="numeric"
            value={form.price}
            onChange={(e) => setForm({ ...form, price: e.target.value })}
          />
        </Field>
        <Field label={t('saleState')} error={byField.available}>
          <span className="check">
            <input
              type="checkbox"
              name="available"
              checked={form.available}
              onChange={(e) => setForm({ ...form, available: e.target.checked })}
            />
            {form.available ? t('available') : t('soldOut')}
          </span>
        </Field>
        <div className="span2">
          <Field label={t('description')} error={byField.description}>
            <textarea
              name="description"
              rows={3}
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
            />
          </Field>
        </div>
        <div className="span2">
          <span className="field-label">{t('image')}</span>
          <ImagePicker
            value={form.image_url}
            onChange={(url) => setForm((f) => ({ ...f, image_url: url }))}
            onBusy={setUploading}
            error={byField.image_url}
          />
        </div>
      </form>
      <FormError error={formError} other={other} />
    </Modal>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, ApiError, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { CategoryNameForm } from './CategoryNameForm';
import { useToast } from './Toasts';
import { navigate } from '../state/admin-router';
import type { Station } from '../state/stations';
import { CategoryStationSelect } from './CategoryStationSelect';

interface Props {
  categories: Category[];
  counts: Map<number, number>;
  selected: number | null;
  onSelect: (id: number) => void;
  /** The kitchen stations (K5); null while they load or if they cannot be read. */
  stations: Station[] | null;
}

/** A7 categories: add, rename, reorder (display_order), delete. */
export function CategoryPanel({ categories, counts, selected, onSelect, stations }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: keys.categories });

  const create = async (name: string) => {
    const c = await api.post<Category>('/api/admin/categories', { name, display_order: categories.length });
    onSelect(c.id);
  };
  const saved = () => {
    toast('ok', t('saved'));
    void refresh();
  };
  // Reorder = rewrite display_order as positions 0..n-1 for the categories that moved.
  const reorder = useMutation({
    mutationFn: async (ordered: Category[]) => {
      const changed = ordered.map((c, i) => ({ c, i })).filter(({ c, i }) => c.display_order !== i);
      for (const { c, i } of changed) await api.put(`/api/admin/categories/${c.id}`, { display_order: i });
    },
    onSuccess: () => toast('ok', t('saved')),
    onError: (e) => toast('error', errorText(t, e)),
    onSettled: () => void refresh(),
  });
  const move = (index: number, by: -1 | 1) => {
    const next = [...categories];
    const [c] = next.splice(index, 1);
    next.splice(index + by, 0, c!);
    qc.setQueryData(keys.categories, { categories: next.map((x, i) => ({ ...x, display_order: i })) });
    reorder.mutate(next);
  };

  return (
    <aside className="panel cat-panel">
      <h2>{t('categories')}</h2>
      <ul className="cat-list">
        {categories.map((c, i) => (
          <li key={c.id} className={c.id === selected ? 'cat active' : 'cat'}>
            {editing?.id === c.id ? (
              <div className="cat-editor">
                <CategoryNameForm
                  className="cat-edit"
                  label={t('categoryName')}
                  initial={editing.name}
                  autoFocus
                  submitLabel={t('save')}
                  save={(name) => api.put(`/api/admin/categories/${editing.id}`, { name })}
                  onSaved={() => {
                    setEditing(null);
                    saved();
                  }}
                  onCancel={() => setEditing(null)}
                />
                {stations && (
                  <div className="field cat-station-field">
                    <span className="field-label">{t('station')}</span>
                    <CategoryStationSelect category={c} stations={stations} />
                  </div>
                )}
              </div>
            ) : (
              <>
                <button type="button" className="cat-name" onClick={() => onSelect(c.id)}>
                  {c.name} <span className="muted">({counts.get(c.id) ?? 0})</span>
                  {stations && (
                    <span className="cat-station" data-testid={`cat-station-${c.id}`}>
                      {stations.find((s) => s.id === c.station_id)?.name ?? t('defaultStation')}
                    </span>
                  )}
                </button>
                <span className="cat-tools">
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('moveUp')}
                    aria-label={t('moveUp')}
                    disabled={i === 0 || reorder.isPending}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('moveDown')}
                    aria-label={t('moveDown')}
                    disabled={i === categories.length - 1 || reorder.isPending}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('rename')}
                    aria-label={t('rename')}
                    onClick={() => setEditing({ id: c.id, name: c.name })}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="icon-btn danger-text"
                    title={t('delete')}
                    aria-label={t('delete')}
                    onClick={() => setDeleting(c)}
                  >
                    {t('delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {/* Which station cooks each category is set beside the stations themselves (K5). */}
      <button type="button" className="link cat-stations-link" onClick={() => navigate('stations')}>
        {t('stationsLink')} →
      </button>
      <CategoryNameForm
        className="cat-add"
        label={t('addCategory')}
        placeholder={t('categoryName')}
        submitLabel={t('add')}
        save={create}
        onSaved={saved}
      />
      {deleting && (
        <ConfirmDialog
          title={t('delete')}
          message={t('deleteCategoryConfirm', { name: deleting.name })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await api.del(`/api/admin/categories/${deleting.id}`);
            toast('ok', t('deleted'));
            void refresh();
          }}
          describeError={(e) =>
            e instanceof ApiError && e.status === 409 ? t('categoryNotEmpty') : errorText(t, e)
          }
          onClose={() => setDeleting(null)}
        />
      )}
    </aside>
  );
}

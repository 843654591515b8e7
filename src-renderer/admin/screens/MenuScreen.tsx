import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Category, Menu } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT, useFormat } from '../state/admin-i18n';
import { CategoryPanel } from '../components/CategoryPanel';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ManagerOnly } from '../components/ManagerOnly';
import { useIsManager } from '../state/auth-session';
import { useToast } from '../components/Toasts';
import { MenuItemDialog } from '../components/MenuItemDialog';
import { useStations } from '../state/stations';
import { Empty, LoadError, Loading } from '../components/ScreenState';

const byOrder = <T extends { display_order: number; id: number }>(a: T, b: T) =>
  a.display_order - b.display_order || a.id - b.id;

/** A7: categories on the left, the chosen category's items on the right. */
export function MenuScreen() {
  const t = useAdminT();
  const manager = useIsManager();
  const f = useFormat();
  const qc = useQueryClient();
  const toast = useToast();
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<Menu | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Menu | null>(null);
  const cats = useQuery({
    queryKey: keys.categories,
    queryFn: () => api.get<{ categories: Category[] }>('/api/admin/categories'),
  });
  // Read for each category's station; the menu works without them if they cannot be read.
  const stations = useStations();
  const menus = useQuery({
    queryKey: keys.menus,
    queryFn: () => api.get<{ menus: Menu[] }>('/api/admin/menus'),
  });

  const setMenus = (fn: (list: Menu[]) => Menu[]) =>
    qc.setQueryData<{ menus: Menu[] }>(keys.menus, (d) => d && { menus: fn(d.menus) });
  const toggle = useMutation({
    mutationFn: (m: Menu) => api.put<Menu>(`/api/admin/menus/${m.id}`, { available: !m.available }),
    onSuccess: (m) => {
      setMenus((list) => list.map((x) => (x.id === m.id ? m : x)));
      toast('ok', `${m.name}: ${m.available ? t('available') : t('soldOut')}`);
    },
    onError: (e) => toast('error', errorText(t, e)),
  });
  const reorder = useMutation({
    mutationFn: (x: { categoryId: number; ids: number[] }) =>
      api.put('/api/admin/menus/order', { category_id: x.categoryId, menu_ids: x.ids }),
    onSuccess: () => toast('ok', t('saved')),
    onError: (e) => toast('error', errorText(t, e)),
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.menus }),
  });

  if (!manager || isForbidden(cats.error) || isForbidden(menus.error)) return <ManagerOnly />;
  if (cats.isError || menus.isError)
    return (
      <LoadError
        error={cats.error ?? menus.error}
        onRetry={() => {
          void cats.refetch();
          void menus.refetch();
        }}
      />
    );
  if (!cats.data || !menus.data) return <Loading />;

  const categories = [...cats.data.categories].sort(byOrder);
  const current = categories.find((c) => c.id === selected) ?? categories[0] ?? null;
  const counts = new Map<number, number>();
  for (const m of menus.data.menus) counts.set(m.category_id, (counts.get(m.category_id) ?? 0) + 1);
  const items = current ? menus.data.menus.filter((m) => m.category_id === current.id).sort(byOrder) : [];

  const move = (index: number, by: -1 | 1) => {
    if (!current) return;
    const next = [...items];
    const [m] = next.splice(index, 1);
    next.splice(index + by, 0, m!);
    const order = new Map(next.map((x, i) => [x.id, i]));
    setMenus((list) => list.map((x) => (order.has(x.id) ? { ...x, display_order: order.get(x.id)! } : x)));
    reorder.mutate({ categoryId: current.id, ids: next.map((x) => x.id) });
  };

  return (
    <div className="menu-layout">
      <CategoryPanel
        categories={categories}
        counts={counts}
        selected={current?.id ?? null}
        onSelect={setSelected}
        stations={stations.data ?? null}
      />
      <section className="panel items-panel">
        <div className="panel-head">
          <h2>
            {t('items')}
            {current && ` · ${current.name}`}
          </h2>
          <button type="button" className="primary" disabled={!current} onClick={() => setEditing('new')}>
            {t('addItem')}
          </button>
        </div>
        {!current && <Empty>{t('noCategories')}</Empty>}
        {current && items.length === 0 && <Empty>{t('noItems')}</Empty>}
        <ul className="item-list">
          {items.map((m, i) => (
            <li
              key={m.id}
              className={m.available ? 'item' : 'item sold-out'}
              data-testid={`menu-item-${m.id}`}
            >
              <div className="thumb">
                {m.image_url ? <img src={m.image_url} alt="" /> : <span>{t('noImage')}</span>}
              </div>
              <div className="item-text">
                <strong>{m.name}</strong>
                <span>{f.won(m.price)}</span>
                {m.description && <span className="muted clamp">{m.description}</span>}
              </div>
              <span className={m.available ? 'badge badge-ok' : 'badge badge-off'}>
                {m.available ? t('available') : t('soldOut')}
              </span>
              <div className="item-tools">
                <button
                  type="button"
                  className="small"
                  disabled={toggle.isPending}
                  onClick={() => toggle.mutate(m)}
                >
                  {m.available ? t('markSoldOut') : t('markAvailable')}
                </button>
                <button type="button" className="small" onClick={() => setEditing(m)}>
                  {t('edit')}
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('moveUp')}
                  title={t('moveUp')}
                  disabled={i === 0 || reorder.isPending}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('moveDown')}
                  title={t('moveDown')}
                  disabled={i === items.length - 1 || reorder.isPending}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button type="button" className="small danger-outline" onClick={() => setDeleting(m)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {editing && current && (
        <MenuItemDialog
          categories={categories}
          item={editing === 'new' ? undefined : editing}
          categoryId={current.id}
          nextOrder={items.length ? Math.max(...items.map((x) => x.display_order)) + 1 : 0}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('delete')}
          message={t('deleteItemConfirm', { name: deleting.name })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await api.del(`/api/admin/menus/${deleting.id}`);
            setMenus((list) => list.filter((x) => x.id !== deleting.id));
            toast('ok', t('deleted'));
            void qc.invalidateQueries({ queryKey: keys.menus });
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

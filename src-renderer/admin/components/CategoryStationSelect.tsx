import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import type { Station } from '../state/stations';
import { useToast } from './Toasts';

interface Props {
  category: Category;
  stations: Station[];
  className?: string;
}

/** K5: which station cooks a category, saved as soon as it is picked ("기본" = null). */
export function CategoryStationSelect({ category, stations, className }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const setCategories = (fn: (list: Category[]) => Category[]) =>
    qc.setQueryData<{ categories: Category[] }>(
      keys.categories,
      (d) => d && { categories: fn(d.categories) },
    );
  const assign = useMutation({
    mutationFn: (stationId: number | null) =>
      api.put<Category>(`/api/admin/categories/${category.id}`, { station_id: stationId }),
    // Shown at once; a refusal puts the server's value back when the list is refetched.
    onMutate: (stationId) =>
      setCategories((list) => list.map((c) => (c.id === category.id ? { ...c, station_id: stationId } : c))),
    onSuccess: (c) => {
      const station = stations.find((s) => s.id === c.station_id)?.name ?? t('defaultStation');
      toast('ok', t('stationSet', { cat: c.name, station }));
    },
    onError: (e) => toast('error', errorText(t, e)),
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.categories }),
  });
  return (
    <select
      className={className}
      aria-label={t('stationOf', { name: category.name })}
      value={category.station_id ?? ''}
      onChange={(e) => assign.mutate(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{t('defaultStation')}</option>
      {stations.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}

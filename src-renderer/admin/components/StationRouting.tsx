import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import type { Station } from '../state/stations';
import { useToast } from './Toasts';

interface Props {
  stations: Station[];
  categories: Category[];
}

/** K5 routing: each category's station, saved as soon as it is picked ("기본" = null). */
export function StationRouting({ stations, categories }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const setCategories = (fn: (list: Category[]) => Category[]) =>
    qc.setQueryData<{ categories: Category[] }>(
      keys.categories,
      (d) => d && { categories: fn(d.categories) },
    );
  const assign = useMutation({
    mutationFn: (x: { category: Category; stationId: number | null }) =>
      api.put<Category>(`/api/admin/categories/${x.category.id}`, { station_id: x.stationId }),
    onMutate: ({ category, stationId }) =>
      setCategories((list) => list.map((c) => (c.id === category.id ? { ...c, station_id: stationId } : c))),
    onSuccess: (c) => {
      const station = stations.find((s) => s.id === c.station_id)?.name ?? t('defaultStation');
      toast('ok', t('stationSet', { cat: c.name, station }));
    },
    onError: (e) => toast('error', errorText(t, e)),
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.categories }),
  });

  return (
    <section className="panel routing-panel" aria-labelledby="routing-title">
      <h2 id="routing-title">{t('routingTitle')}</h2>
      <p className="muted">{t('routingHint')}</p>
      {categories.length === 0 ? (
        <p className="notice">{t('noCategories')}</p>
      ) : (
        <table className="list routing-table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col">{t('station')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.id} data-testid={`routing-${c.id}`}>
                <th scope="row">{c.name}</th>
                <td>
                  <select
                    aria-label={t('stationOf', { name: c.name })}
                    value={c.station_id ?? ''}
                    onChange={(e) =>
                      assign.mutate({
                        category: c,
                        stationId: e.target.value === '' ? null : Number(e.target.value),
                      })
                    }
                  >
                    <option value="">{t('defaultStation')}</option>
                    {stations.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

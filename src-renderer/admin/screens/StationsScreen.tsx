import { useQuery } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { byOrder, useStations } from '../state/stations';
import { ManagerOnly } from '../components/ManagerOnly';
import { useIsManager } from '../state/auth-session';
import { StationPanel } from '../components/StationPanel';
import { StationRouting } from '../components/StationRouting';

/** K5: the kitchen's stations on the left, which category each station makes on the right. */
export function StationsScreen() {
  const t = useAdminT();
  const manager = useIsManager();
  const stations = useStations();
  const cats = useQuery({
    queryKey: keys.categories,
    queryFn: () => api.get<{ categories: Category[] }>('/api/admin/categories'),
  });

  if (!manager || isForbidden(stations.error) || isForbidden(cats.error)) return <ManagerOnly />;
  if (stations.isError || cats.isError)
    return (
      <div className="error" role="alert">
        <p>{errorText(t, stations.error ?? cats.error)}</p>
        <button
          type="button"
          onClick={() => {
            void stations.refetch();
            void cats.refetch();
          }}
        >
          {t('retry')}
        </button>
      </div>
    );
  if (!stations.data || !cats.data) return <p className="muted">{t('loading')}</p>;

  const categories = [...cats.data.categories].sort(byOrder);
  return (
    <div className="stations-layout">
      <StationPanel stations={stations.data} categories={categories} />
      <StationRouting stations={stations.data} categories={categories} />
    </div>
  );
}

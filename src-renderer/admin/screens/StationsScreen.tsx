import { useQuery } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, isForbidden, keys } from '../state/admin-api';
import { byOrder, useStations } from '../state/stations';
import { ManagerOnly } from '../components/ManagerOnly';
import { useIsManager } from '../state/auth-session';
import { StationPanel } from '../components/StationPanel';
import { StationRouting } from '../components/StationRouting';
import { LoadError, Loading } from '../components/ScreenState';

/** K5: the kitchen's stations on the left, which category each station makes on the right. */
export function StationsScreen() {
  const manager = useIsManager();
  const stations = useStations();
  const cats = useQuery({
    queryKey: keys.categories,
    queryFn: () => api.get<{ categories: Category[] }>('/api/admin/categories'),
  });

  if (!manager || isForbidden(stations.error) || isForbidden(cats.error)) return <ManagerOnly />;
  if (stations.isError || cats.isError)
    return (
      <LoadError
        error={stations.error ?? cats.error}
        onRetry={() => {
          void stations.refetch();
          void cats.refetch();
        }}
      />
    );
  if (!stations.data || !cats.data) return <Loading />;

  const categories = [...cats.data.categories].sort(byOrder);
  return (
    <div className="stations-layout">
      <StationPanel stations={stations.data} categories={categories} />
      <StationRouting stations={stations.data} categories={categories} />
    </div>
  );
}

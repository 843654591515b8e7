/** Kitchen stations (K5) as the admin reads them: one query, shared by the screen's panels. */
import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '../../../src-shared/limits';
import type { Station, StationList } from '../../../src-shared/types';
import { api, ApiError, keys } from './admin-api';

export type { Station };

/** The store's limit (API-2 K5); the server refuses the 21st with a 409. */
export const STATION_LIMIT = LIMITS.stationsMax;

export const byOrder = <T extends { display_order: number; id: number }>(a: T, b: T) =>
  a.display_order - b.display_order || a.id - b.id;

export function useStations() {
  return useQuery({
    queryKey: keys.stations,
    queryFn: () => api.get<StationList>('/api/admin/stations'),
    select: (d) => [...d.stations].sort(byOrder),
  });
}

/** A 409 on a station name is either a taken name or the store's limit; the server says which. */
export function isLimitConflict(error: unknown, count: number): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  return count >= STATION_LIMIT || /at most \d+ stations/i.test(error.message);
}

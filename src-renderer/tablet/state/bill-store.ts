/** The seating's bill (T10): fetched on demand, refetched when orders, payments or the seating change. */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../common/api';
import type { Bill } from '../../../src-shared/types';
import { api, authed } from './api';
import { queryClient } from './queries';

export const BILL_KEY = ['bill'] as const;

/** null: no seating yet (the server answers 404), shown as an empty bill. */
export function useBill() {
  return useQuery({
    queryKey: BILL_KEY,
    queryFn: async (): Promise<Bill | null> => {
      try {
        return await authed(() => api.get<Bill>('/api/bill'));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    staleTime: 0,
  });
}

export function billChanged(): void {
  void queryClient.invalidateQueries({ queryKey: BILL_KEY });
}

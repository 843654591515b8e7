import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { isLimitConflict, STATION_LIMIT, type Station } from '../state/stations';
import { CategoryNameForm, StationName } from './CategoryNameForm';
import { ConfirmDialog } from './ConfirmDialog';
import { useToast } from './Toasts';

interface Props {
  stations: Station[];
  categories: Category[];
}

/** K5 stations: add, rename, reorder (display_order), delete (its categories go to 기본). */
export function StationPanel({ stations, categories }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState<Station | null>(null);
  const [deleting, setDeleting] = useState<Station | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: keys.stations });
    void qc.invalidateQueries({ queryKey: keys.categories });
  };
  const saved = () => {
    toast('ok', t('saved'));
    refresh();
  };
  const routed = (id: number) => categories.filter((c) => c.station_id === id);
  const conflict = (e: unknown) =>
    isLimitConflict(e, stations.length) ? t('stationLimit', { n: STATION_LIMIT }) : t('duplicateStation');

  // Reorder = rewrite display_order as positions 0..n-1 for the stations that moved.
  const reorder = useMutation({
    mutationFn: async (ordered: Station[]) => {
      const changed = ordered.map((s, i) => ({ s, i })).filter(({ s, i }) => s.display_order !== i);
      for (const { s, i } of changed) await api.put(`/api/admin/stations/${s.id}`, { display_order: i });
    },
    onSuccess: () => toast('ok', t('saved')),
    onError: (e) => toast('error', errorText(t, e)),
    onSettled: refresh,
  });
  const move = (index: number, by: -1 | 1) => {
    const next = [...stations];
    const [s] = next.splice(index, 1);
    next.splice(index + by, 0, s!);
    qc.setQueryData(keys.stations, { stations: next.map((x, i) => ({ ...x, display_order: i })) });
    reorder.mutate(next);
  };
  const full = stations.length >= STATION_LIMIT;

  return (
    <section className="panel station-panel" aria-labelledby="stations-title">
      <h2 id="stations-title">{t('stationsTitle')}</h2>
      <p className="muted station-intro">{t('stationsIntro')}</p>
      <ul className="station-list">
        <li className="station station-default" data-testid="station-default">
          <span className="station-name">
            <strong>{t('defaultStation')}</strong>
            <span className="muted">{t('defaultStationHint')}</span>
          </span>
          <span className="station-count muted">
            {t('stationCategories', { n: categories.filter((c) => c.station_id === null).length })}
          </span>
        </li>
        {stations.map((s, i) => (
          <li key={s.id} className="station" data-testid={`station-${s.id}`} data-station-name={s.name}>
            {editing?.id === s.id ? (
              <CategoryNameForm
                className="station-edit"
                label={t('stationName')}
                schema={StationName}
                initial={s.name}
                autoFocus
                submitLabel={t('save')}
                save={(name) => api.put(`/api/admin/stations/${s.id}`, { name })}
                describeConflict={conflict}
                onSaved={() => {
                  setEditing(null);
                  saved();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <span className="station-name">
                  <strong>{s.name}</strong>
                  <span className="muted station-cats">
                    {routed(s.id)
                      .map((c) => c.name)
                      .join(', ')}
                  </span>
                </span>
                <span className="station-count muted">
                  {t('stationCategories', { n: routed(s.id).length })}
                </span>
                <span className="station-tools">
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('moveUp')}
                    aria-label={`${s.name} ${t('moveUp')}`}
                    disabled={i === 0 || reorder.isPending}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    title={t('moveDown')}
                    aria-label={`${s.name} ${t('moveDown')}`}
                    disabled={i === stations.length - 1 || reorder.isPending}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={`${s.name} ${t('rename')}`}
                    onClick={() => setEditing(s)}
                  >
                    {t('rename')}
                  </button>
                  <button
                    type="button"
                    className="small danger-outline"
                    aria-label={`${s.name} ${t('delete')}`}
                    onClick={() => setDeleting(s)}
                  >
                    {t('delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {stations.length === 0 && <p className="notice station-empty">{t('noStations')}</p>}
      {full ? (
        <p className="notice notice-warn" role="status">
          {t('stationLimit', { n: STATION_LIMIT })}
        </p>
      ) : (
        <CategoryNameForm
          className="station-add"
          label={t('addStation')}
          placeholder={t('stationName')}
          schema={StationName}
          submitLabel={t('add')}
          save={(name) => api.post<Station>('/api/admin/stations', { name, display_order: stations.length })}
          describeConflict={conflict}
          onSaved={saved}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('deleteStationTitle')}
          message={
            routed(deleting.id).length
              ? t('deleteStationConfirm', {
                  name: deleting.name,
                  n: routed(deleting.id).length,
                  list: routed(deleting.id)
                    .map((c) => c.name)
                    .join(', '),
                })
              : t('deleteStationEmpty', { name: deleting.name })
          }
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await api.del(`/api/admin/stations/${deleting.id}`);
            toast('ok', t('deleted'));
            refresh();
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

import type { Category } from '../../../src-shared/types';
import { useAdminT } from '../state/admin-i18n';
import type { Station } from '../state/stations';
import { CategoryStationSelect } from './CategoryStationSelect';

interface Props {
  stations: Station[];
  categories: Category[];
}

/** K5 routing: every category with its station, each changed on its own row. */
export function StationRouting({ stations, categories }: Props) {
  const t = useAdminT();
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
                  <CategoryStationSelect category={c} stations={stations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

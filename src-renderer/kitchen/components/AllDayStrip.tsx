import type { AllDayDish } from '../state/all-day';
import { formatAllDay } from '../state/all-day';
import { useKitchenT } from '../state/kitchen.i18n';

/** K7: what is still to make on this board, most first; one row that scrolls sideways. */
export function AllDayStrip({ dishes }: { dishes: AllDayDish[] }) {
  const t = useKitchenT();
  return (
    <section className="allday" data-testid="all-day" aria-label={t('allday.title')}>
      <h2 className="allday-title">{t('allday.title')}</h2>
      {dishes.length === 0 && <span className="allday-empty">{t('allday.empty')}</span>}
      <ul className="allday-list">
        {dishes.map((d) => (
          <li
            key={d.menuId}
            className="allday-dish"
            data-testid="all-day-dish"
            data-menu-id={d.menuId}
            data-name={d.name}
            data-count={d.count}
            title={formatAllDay(d)}
          >
            <span className="allday-name">{d.name}</span>
            <span className="allday-count">×{d.count}</span>
            {d.options.length > 0 && (
              <span className="allday-options" data-testid="all-day-options">
                {d.options.map((o) => `${o.name} ${o.count}`).join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { DashboardDish } from '../../../src-shared/types';
import { useAdminT } from '../state/admin-i18n';

interface Props {
  dishes: DashboardDish[];
  /** Merged dishes the server left out past its cap. */
  more: number;
  /** How many lines the card has room for. */
  show: number;
}

/** A card's dishes, merged with quantities ("김치찌개 ×2", "떡볶이 (치즈) ×1"), then "+N". */
export function CardDishes({ dishes, more, show }: Props) {
  const t = useAdminT();
  // "+1" would take the line the hidden dish could have used: show it instead.
  const shown = dishes.length + (more ? 1 : 0) <= show ? dishes : dishes.slice(0, show - 1);
  const rest = dishes.length - shown.length + more;
  if (!dishes.length) return null;
  return (
    <ul className="tc-dishes" data-testid="card-dishes">
      {shown.map((d) => {
        const name = d.options.length ? `${d.menu_name} (${d.options.join(', ')})` : d.menu_name;
        return (
          <li key={`${d.menu_id}:${d.option_ids.join(',')}`} className="tc-dish" data-testid="card-dish">
            <span className="tc-dish-name" title={name}>
              {name}
            </span>
            <span className="tc-dish-qty">×{d.quantity}</span>
          </li>
        );
      })}
      {rest > 0 && (
        <li
          className="tc-dish tc-dish-more"
          title={t('dishesMoreTitle', { n: rest })}
          data-testid="card-dishes-more"
        >
          {t('dishesMore', { n: rest })}
        </li>
      )}
    </ul>
  );
}

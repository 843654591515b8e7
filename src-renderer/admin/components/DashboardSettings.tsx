import { useAdminT } from '../state/admin-i18n';
import { DENSE_SUGGEST_FROM, setDense, useDense } from '../state/dashboard-prefs';
import { FADE_CHOICES, setFadeMinutes, useFadeMinutes } from '../state/new-orders';

/** The dashboard's two settings of this PC: the dense layout and how long 새 주문 stays lit. */
export function DashboardSettings({ tableCount }: { tableCount: number }) {
  const t = useAdminT();
  const dense = useDense();
  const fade = useFadeMinutes();
  return (
    <>
      <label className="inline">
        <input
          type="checkbox"
          checked={dense}
          onChange={(e) => setDense(e.target.checked)}
          data-testid="dense-toggle"
        />
        {t('layoutDense')}
      </label>
      <label className="inline">
        {t('newFade')}
        <select value={fade} onChange={(e) => setFadeMinutes(Number(e.target.value))} data-testid="new-fade">
          {FADE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('newFadeMinutes', { n })}
            </option>
          ))}
        </select>
      </label>
      {!dense && tableCount >= DENSE_SUGGEST_FROM && (
        <span className="dash-hint" data-testid="dense-suggest">
          {t('denseSuggest', { n: tableCount })}
        </span>
      )}
    </>
  );
}

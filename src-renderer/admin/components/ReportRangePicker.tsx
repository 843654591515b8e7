import { useAdminT } from '../state/admin-i18n';
import { PRESETS, presetOf, presetRange, type DateRange } from '../state/report-range';

interface Props {
  /** The range in the inputs (may be one the server would refuse: the screen says why). */
  range: DateRange;
  /** The store's today; the presets count from it and the inputs stop there. */
  today: string | null;
  onChange: (range: DateRange) => void;
}

/** Preset buttons (today … last 30 days) and two date inputs for any other range. */
export function ReportRangePicker({ range, today, onChange }: Props) {
  const t = useAdminT();
  const active = today ? presetOf(range, today) : null;
  return (
    <div className="range-picker">
      <div className="range-presets" role="group" aria-label={t('repPresets')}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className={active === p ? 'preset active' : 'preset'}
            aria-pressed={active === p}
            disabled={!today}
            onClick={() => today && onChange(presetRange(p, today))}
          >
            {t(`repPreset_${p}`)}
          </button>
        ))}
      </div>
      <div className="range-inputs">
        <input
          type="date"
          aria-label={t('repFrom')}
          value={range.from}
          max={today ?? undefined}
          onChange={(e) => onChange({ ...range, from: e.target.value })}
        />
        <span aria-hidden="true">{t('repRangeSep')}</span>
        <input
          type="date"
          aria-label={t('repTo')}
          value={range.to}
          max={today ?? undefined}
          onChange={(e) => onChange({ ...range, to: e.target.value })}
        />
      </div>
    </div>
  );
}

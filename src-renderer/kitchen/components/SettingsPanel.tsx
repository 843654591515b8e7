import { useState, type FormEvent } from 'react';
import { saveSettings, type BoardSettings } from '../state/settings';
import { DEFAULT_STATION } from '../state/board-view';
import type { Station } from '../../../src-shared/types';
import { useKitchenT } from '../state/kitchen.i18n';
import { Dialog } from '../../common/Dialog';

interface Props {
  settings: BoardSettings;
  /** The store's stations; null while unknown (not loaded, or a server without stations). */
  stations: Station[] | null;
  onClose: () => void;
}

/** The keys a keyboard or bump bar uses (see use-bump-keys). */
const KEYS = [
  ['← → ↑ ↓ · 1–9', 'keys.select'],
  ['Enter · Space', 'keys.bump'],
  ['Backspace · R', 'keys.recall'],
  ['Esc', 'keys.clear'],
  ['C', 'keys.call'],
] as const;

export function SettingsPanel({ settings, stations, onClose }: Props) {
  const t = useKitchenT();
  const [warn, setWarn] = useState(String(settings.warnMinutes));
  const [late, setLate] = useState(String(settings.lateMinutes));
  const [picked, setPicked] = useState<number[]>(settings.stations);
  const [invalid, setInvalid] = useState(false);
  const choices = [
    { id: DEFAULT_STATION, name: t('stations.default') },
    ...(stations ?? []).map((s) => ({ id: s.id, name: s.name })),
  ];

  function toggle(id: number, on: boolean) {
    setPicked((p) => (on ? [...p.filter((x) => x !== id), id] : p.filter((x) => x !== id)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const w = Number(warn);
    const l = Number(late);
    const ok = [w, l].every((n) => Number.isInteger(n) && n >= 1 && n <= 240) && l > w;
    if (!ok) {
      setInvalid(true);
      return;
    }
    // Keep the picks in the stations' own order, so the header reads the same everywhere.
    const stationsInOrder = choices.map((c) => c.id).filter((id) => picked.includes(id));
    saveSettings({ warnMinutes: w, lateMinutes: l, stations: stationsInOrder });
    onClose();
  }

  return (
    <Dialog className="overlay" labelledBy="settings-title" onClose={onClose}>
      <form className="panel settings-panel" onSubmit={submit} data-testid="settings">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <fieldset className="stations-pick" data-testid="station-picker">
          <legend>{t('settings.stations')}</legend>
          <p className="hint">{t('settings.stationsHint')}</p>
          {stations === null && <p className="hint">{t('settings.stationsUnavailable')}</p>}
          <div className="station-choices">
            {choices.map((c) => (
              <label key={c.id} className="station-choice">
                <input
                  type="checkbox"
                  name="station"
                  value={c.id}
                  checked={picked.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="hint">{t('settings.prepHint')}</p>
        <label className="age-warn-label">
          {t('settings.warn')}
          <input
            name="warn"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={warn}
            onChange={(e) => setWarn(e.target.value)}
          />
        </label>
        <label className="age-late-label">
          {t('settings.late')}
          <input
            name="late"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={late}
            onChange={(e) => setLate(e.target.value)}
          />
        </label>
        {invalid && (
          <p className="notice notice-error" role="alert">
            {t('settings.invalid')}
          </p>
        )}
        <section className="keys-legend" data-testid="keys-legend" aria-labelledby="keys-title">
          <h3 id="keys-title">{t('keys.title')}</h3>
          <dl>
            {KEYS.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{t(what)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="panel-actions">
          <button type="button" className="btn btn-ghost btn-big" onClick={onClose}>
            {t('settings.close')}
          </button>
          <button type="submit" className="btn btn-primary btn-big">
            {t('settings.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { saveSettings, type BoardSettings } from '../state/settings';
import { useKitchenT } from '../state/kitchen.i18n';
import { Dialog } from '../../common/Dialog';

export function SettingsPanel({ settings, onClose }: { settings: BoardSettings; onClose: () => void }) {
  const t = useKitchenT();
  const [warn, setWarn] = useState(String(settings.warnMinutes));
  const [late, setLate] = useState(String(settings.lateMinutes));
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const w = Number(warn);
    const l = Number(late);
    const ok = [w, l].every((n) => Number.isInteger(n) && n >= 1 && n <= 240) && l > w;
    if (!ok) {
      setInvalid(true);
      return;
    }
    saveSettings({ warnMinutes: w, lateMinutes: l });
    onClose();
  }

  return (
    <Dialog className="overlay" labelledBy="settings-title" onClose={onClose}>
      <form className="panel" onSubmit={submit} data-testid="settings">
        <h2 id="settings-title">{t('settings.title')}</h2>
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

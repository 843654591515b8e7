/**
 * The staff call sheet (T9): the owner's presets as chips (several at once), a free note, and
 * the seating's calls with their live status below. Sending closes nothing by itself: the guest
 * sees the new call appear in the list with its status.
 */
import { useState } from 'react';
import { useGuestLang, useT } from '../../common/i18n';
import { Dialog } from '../../common/Dialog';
import { LIMITS } from '../../../src-shared/limits';
import type { CallPreset } from '../../../src-shared/types';
import { dict } from '../state/tablet.dictionary';
import { submitCall, usePresets } from '../state/calls-store';
import { CallList, presetLabel, refusalOfCall } from './CallStatus';

export function CallSheet({ onClose }: { onClose: () => void }) {
  const t = useT(dict);
  const [lang] = useGuestLang();
  const presets = usePresets();
  const [chosen, setChosen] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const toggle = (id: number) =>
    setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const picked: CallPreset[] = (presets.data ?? []).filter((p) => chosen.includes(p.id));
  const canSend = !sending && (picked.length > 0 || note.trim().length > 0);

  async function send() {
    if (!canSend) return;
    setSending(true);
    setMessage(null);
    const r = await submitCall(
      picked,
      picked.map((p) => p.label),
      note,
    );
    setSending(false);
    if (r.kind === 'refused') {
      setMessage(t(refusalOfCall(r.error)));
      return;
    }
    setChosen([]);
    setNote('');
    if (r.kind === 'queued') setMessage(t('callQueuedHint'));
  }

  return (
    <Dialog
      className="tablet-dialog call-dialog"
      labelledBy="call-title"
      onClose={onClose}
      testId="call-sheet"
    >
      <div className="modal call-sheet">
        <h2 id="call-title">{t('callTitle')}</h2>
        <p className="muted">{t('callHint')}</p>
        {presets.data ? (
          <div className="call-chips" role="group" aria-label={t('callStaff')}>
            {presets.data.map((p) => (
              <button
                key={p.id}
                type="button"
                className="call-chip"
                aria-pressed={chosen.includes(p.id)}
                data-preset-id={p.id}
                onClick={() => toggle(p.id)}
              >
                {presetLabel(p, lang)}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">{t('callPresetsLoading')}</p>
        )}
        <label className="call-note">
          {t('callNote')}
          <input
            type="text"
            value={note}
            maxLength={LIMITS.noteMax}
            placeholder={t('callNotePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void send();
            }}
          />
        </label>
        {message && (
          <p className="notice" role="alert">
            {message}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn ghost" onClick={onClose}>
            {t('close')}
          </button>
          <button type="button" className="btn primary" onClick={() => void send()} disabled={!canSend}>
            {sending ? t('callSending') : t('callSend')}
          </button>
        </div>
        <CallList />
      </div>
    </Dialog>
  );
}

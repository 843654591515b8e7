/**
 * What became of the guest's staff calls (T9): 요청을 보냈습니다 while it waits in the outbox,
 * then 요청을 받았습니다 → 처리 중 → 완료 as the staff move it, live from the table channel.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../common/api';
import { useGuestLang, useT, type GuestLang } from '../../common/i18n';
import { formatTime } from '../../../src-shared/format';
import type { CallPreset, StaffCall, StaffCallStatus } from '../../../src-shared/types';
import { dict, type TabletText } from '../state/tablet.dictionary';
import { useCalls, usePendingCalls, usePresets, type PendingCall } from '../state/calls-store';

const STATUS_TEXT: Record<StaffCallStatus | 'queued', TabletText> = {
  queued: 'callQueued',
  open: 'callOpen',
  acknowledged: 'callAcknowledged',
  done: 'callDone',
};

/** A done call stays on the strip this long, so the guest sees it was finished. */
const DONE_SHOWN_MS = 2 * 60_000;

export function presetLabel(p: Pick<CallPreset, 'label' | 'translations'>, lang: GuestLang): string {
  return (lang !== 'ko' && p.translations[lang]?.label) || p.label;
}

export function refusalOfCall(e: ApiError): TabletText {
  if (e.code === 'SESSION_ENDED') return 'callSessionEnded';
  if (e.status === 429) return 'callTooMany';
  return 'callRefused';
}

interface ShownCall {
  key: string;
  id?: number;
  status: StaffCallStatus | 'queued';
  what: string;
  at: string;
  updated: string;
}

function useShownCalls(): ShownCall[] {
  const [lang] = useGuestLang();
  const presets = usePresets().data ?? [];
  const calls = useCalls().data ?? [];
  const pending = usePendingCalls();
  const label = (item: { preset_id: number; label: string }) => {
    const p = presets.find((x) => x.id === item.preset_id);
    return p ? presetLabel(p, lang) : item.label;
  };
  const describe = (labels: string[], note: string | null) =>
    [...labels, ...(note ? [`“${note}”`] : [])].join(', ');
  const fromPending = (p: PendingCall): ShownCall => ({
    key: p.client_call_id,
    status: 'queued',
    what: describe(
      p.preset_ids.map((id, i) => label({ preset_id: id, label: p.labels[i] ?? '' })),
      p.note,
    ),
    at: p.queued_at,
    updated: p.queued_at,
  });
  const fromCall = (c: StaffCall): ShownCall => ({
    key: `call-${c.id}`,
    id: c.id,
    status: c.status,
    what: describe(c.items.map(label), c.note),
    at: c.created_at,
    updated: c.updated_at,
  });
  return [...[...pending].reverse().map(fromPending), ...calls.map(fromCall)];
}

function CallRow({ call }: { call: ShownCall }) {
  const t = useT(dict);
  return (
    <li className="call-row" data-call-id={call.id} data-call-status={call.status}>
      <span className="call-what">{call.what}</span>
      <span className="call-side">
        <span className="muted call-time">{formatTime(call.at)}</span>
        <span className={`call-status call-${call.status}`}>{t(STATUS_TEXT[call.status])}</span>
      </span>
    </li>
  );
}

/** Every call of this seating, in the call sheet. */
export function CallList() {
  const t = useT(dict);
  const calls = useShownCalls();
  if (!calls.length) return null;
  return (
    <section className="call-list" aria-label={t('myCalls')}>
      <h3>{t('myCalls')}</h3>
      <ul>
        {calls.map((c) => (
          <CallRow key={c.key} call={c} />
        ))}
      </ul>
    </section>
  );
}

/** Under the header: calls still on their way, and those finished a moment ago. */
export function CallStrip() {
  const t = useT(dict);
  const calls = useShownCalls();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const shown = calls
    .filter((c) => c.status !== 'done' || now - Date.parse(c.updated) < DONE_SHOWN_MS)
    .slice(0, 3);
  if (!shown.length) return null;
  return (
    <section className="call-strip" aria-label={t('myCalls')} data-testid="call-strip">
      <ul role="status">
        {shown.map((c) => (
          <CallRow key={c.key} call={c} />
        ))}
      </ul>
    </section>
  );
}

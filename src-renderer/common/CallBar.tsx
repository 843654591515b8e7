/**
 * The staff-call bar (T9) on the admin dashboard and the kitchen board: one entry per call,
 * open calls first and oldest first, so the call that has waited longest is always the first
 * thing on screen. What does not fit on one line is counted ("+3건 더") and can be unfolded.
 * 확인 and 완료 are one tap each.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { StaffCall, StaffCallStatus } from '../../src-shared/types';
import { callDict } from './call-dictionary';
import { useT } from './i18n';

interface Props {
  calls: readonly StaffCall[];
  busy: ReadonlySet<number>;
  onStatus: (call: StaffCall, status: StaffCallStatus) => void;
  /** 'admin' (light) or 'kitchen' (dark, large type). */
  variant: 'admin' | 'kitchen';
  /** The current time on the server's clock (defaults to this screen's, ticking). */
  now?: number;
  /** A failed tap, shown under the bar until the next one. */
  failed?: boolean;
  /** A keyboard hint shown on the first entry (the kitchen's bump key). */
  keyHint?: string;
}

/** Narrowest an entry may get before the next one folds away into the count. */
const MIN_WIDTH = { admin: 330, kitchen: 380 };
const MORE_WIDTH = 110;

export const callOrder = (calls: readonly StaffCall[]) =>
  [...calls].sort(
    (a, b) =>
      Number(a.status !== 'open') - Number(b.status !== 'open') ||
      a.created_at.localeCompare(b.created_at) ||
      a.id - b.id,
  );

function useTicker(ms: number, external?: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (external !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms, external]);
  return external ?? now;
}

/** How many entries fit on one line of the bar's width (less the count button when some do not). */
function useFit(el: HTMLElement | null, min: number, total: number) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  if (!width) return total;
  const all = Math.max(1, Math.floor(width / min));
  return total <= all ? total : Math.max(1, Math.floor((width - MORE_WIDTH) / min));
}

export function CallBar({ calls, busy, onStatus, variant, now, failed, keyHint }: Props) {
  const t = useT(callDict);
  const at = useTicker(10_000, now);
  // A callback ref: the bar is not rendered while there are no calls.
  const [bar, setBar] = useState<HTMLElement | null>(null);
  const [expanded, setExpanded] = useState(false);
  const ordered = callOrder(calls);
  const fit = useFit(bar, MIN_WIDTH[variant], ordered.length);
  const shown = expanded ? ordered : ordered.slice(0, fit);
  const hidden = ordered.length - shown.length;
  const openCount = ordered.filter((c) => c.status === 'open').length;

  useEffect(() => {
    if (ordered.length <= fit) setExpanded(false);
  }, [ordered.length, fit]);

  const age = (iso: string) => {
    const minutes = Math.floor(Math.max(0, at - Date.parse(iso)) / 60_000);
    if (minutes < 1) return t('call.ageSeconds');
    if (minutes < 60) return t('call.ageMinutes', { n: minutes });
    return t('call.ageHours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  };

  if (!ordered.length) return null;
  return (
    <section
      className={`call-bar call-bar-${variant}${expanded ? ' expanded' : ''}`}
      data-testid="call-bar"
      data-open={openCount}
      aria-label={t('call.title')}
      aria-live="polite"
      ref={setBar}
    >
      <div className="call-list">
        {shown.map((c, i) => (
          <article
            key={c.id}
            className={`call call-${c.status}`}
            data-testid="call"
            data-call-id={c.id}
            data-status={c.status}
            data-table={c.table_number}
          >
            <strong className="call-table" title={t('call.tableLong', { n: c.table_number })}>
              {t('call.table', { n: c.table_number })}
            </strong>
            <span className="call-what">
              <span className="call-items" title={c.items.map((x) => x.label).join(' · ')}>
                {c.items.length ? c.items.map((x) => x.label).join(' · ') : t('call.noteOnly')}
              </span>
              {c.note && (
                <span className="call-note" title={c.note}>
                  “{c.note}”
                </span>
              )}
            </span>
            <span className="call-meta">
              <span className="call-state">{t(c.status === 'open' ? 'call.open' : 'call.acknowledged')}</span>
              <span className="call-age">{age(c.created_at)}</span>
              {i === 0 && keyHint && <kbd className="call-key">{keyHint}</kbd>}
            </span>
            <span className="call-actions">
              {c.status === 'open' && (
                <button
                  type="button"
                  className="call-ack"
                  data-testid="call-ack"
                  disabled={busy.has(c.id)}
                  onClick={() => onStatus(c, 'acknowledged')}
                >
                  {t('call.ack')}
                </button>
              )}
              <button
                type="button"
                className="call-done"
                data-testid="call-done"
                disabled={busy.has(c.id)}
                onClick={() => onStatus(c, 'done')}
              >
                {t('call.done')}
              </button>
            </span>
          </article>
        ))}
      </div>
      {(hidden > 0 || expanded) && (
        <button
          type="button"
          className="call-more"
          data-testid="call-more"
          aria-expanded={expanded}
          onClick={() => setExpanded((x) => !x)}
        >
          {expanded ? t('call.less') : t('call.more', { n: hidden })}
        </button>
      )}
      {failed && (
        <p className="call-error" role="alert">
          {t('call.failed')}
        </p>
      )}
    </section>
  );
}

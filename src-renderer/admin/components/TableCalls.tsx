import type { StaffCall } from '../../../src-shared/types';
import { callOrder } from '../../common/CallBar';
import { useAdminT } from '../state/admin-i18n';
import { adminCalls, setCallStatus } from '../state/staff-calls';

/** A dashboard card's open staff calls (T9), with the same one-tap 확인 / 완료 as the bar. */
export function TableCalls({ tableId }: { tableId: number }) {
  const t = useAdminT();
  const all = adminCalls.useCalls((s) => s.calls);
  const busy = adminCalls.useCalls((s) => s.busy);
  const calls: StaffCall[] = callOrder(all.filter((c) => c.table_id === tableId));
  if (!calls.length) return null;
  return (
    <ul className="tc-calls" data-testid="table-calls" aria-label={t('tableCalls')}>
      {calls.map((c) => (
        <li key={c.id} className={`tc-call tc-call-${c.status}`} data-status={c.status}>
          <span className="tc-call-what">
            <strong title={c.items.map((x) => x.label).join(' · ')}>
              {c.items.map((x) => x.label).join(' · ') || t('callNoteOnly')}
            </strong>
            {c.note && (
              <span className="muted" title={c.note}>
                “{c.note}”
              </span>
            )}
          </span>
          {c.status === 'open' ? (
            <button
              type="button"
              className="small tc-call-ack"
              disabled={busy.has(c.id)}
              onClick={() => void setCallStatus(c, 'acknowledged')}
            >
              {t('callAck')}
            </button>
          ) : (
            <span className="tc-call-seen">{t('callSeen')}</span>
          )}
          <button
            type="button"
            className="small tc-call-done"
            disabled={busy.has(c.id)}
            onClick={() => void setCallStatus(c, 'done')}
          >
            {t('callDone')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * An audit entry in the manager's words (A16): what was acted on and the recorded facts —
 * amounts in won, payment methods, tables, reasons — from the entry's `detail`. The server's
 * `target.label` (Korean) is the fallback for anything this version does not know.
 */
import type { AuditAction, AuditEntry } from '../../../src-shared/types';
import { AUDIT_ACTIONS as AUDIT_QUERY_ACTIONS } from '../../../src-shared/schemas';
import type { AdminKey } from './admin-dictionary';
import type { T } from './admin-i18n';
import { backupTime } from './backups';

/** The action filter's choices: the list the API accepts. */
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_QUERY_ACTIONS;

/** "2026. 11. 28. 15:05:12": 24-hour with seconds, so entries of one minute still read in order. */
export function auditTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

export const actionKey = (a: AuditAction) => `auAction_${a}` as AdminKey;

const METHOD_KEYS: Record<string, AdminKey> = {
  cash: 'method_cash',
  card: 'method_card',
  transfer: 'method_transfer',
  other: 'method_other',
};
const BACKUP_KINDS = ['hourly', 'daily', 'manual', 'shutdown', 'pre-migration', 'pre-restore'];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export interface AuditWords {
  target: string;
  details: string[];
}

interface Fmt {
  lang: string;
  won: (n: number) => string;
}

export function describeAudit(e: AuditEntry, t: T, fmt: Fmt): AuditWords {
  const d = e.detail;
  const table = (v: unknown) => (num(v) !== null ? t('auTable', { n: num(v)! }) : null);
  const money = (key: AdminKey, v: unknown) =>
    num(v) !== null ? t(key, { amount: fmt.won(num(v)!) }) : null;
  const method = (v: unknown) => {
    const m = str(v);
    return m ? (METHOD_KEYS[m] ? t(METHOD_KEYS[m]) : m) : '';
  };
  const words = (target: string | null, details: (string | null)[]): AuditWords => ({
    target: target ?? e.target.label,
    details: details.filter((x): x is string => x !== null),
  });

  switch (e.action) {
    case 'order.deleted': {
      const number = str(d.order_number);
      const items = Array.isArray(d.items)
        ? (d.items as { menu_name?: unknown; quantity?: unknown }[])
            .filter((i) => str(i.menu_name))
            .map((i) => `${String(i.menu_name)} ×${num(i.quantity) ?? 1}`)
            .join(', ')
        : '';
      return words(
        number ? [t('auOrder', { number }), table(d.table_number)].filter(Boolean).join(' · ') : null,
        [money('auTotal', d.total_amount), items ? t('auItems', { items }) : null],
      );
    }
    case 'payment.recorded':
    case 'payment.voided': {
      const amount = num(d.amount);
      const payment =
        amount !== null ? t('auPayment', { amount: fmt.won(amount), method: method(d.method) }).trim() : null;
      return words(payment ? [payment, table(d.table_number)].filter(Boolean).join(' · ') : null, [
        str(d.reason) ? t('auReason', { reason: str(d.reason)! }) : null,
        str(d.note) ? t('auNote', { note: str(d.note)! }) : null,
      ]);
    }
    case 'session.ended':
      return words(table(d.table_number), [
        money('auTotal', d.total),
        money('auPaid', d.paid),
        num(d.unpaid) ? money('auUnpaid', d.unpaid) : null,
      ]);
    case 'session.moved':
    case 'session.merged': {
      const from = num(d.from_table);
      const to = num(e.action === 'session.moved' ? d.to_table : d.into_table);
      const orders = num(d.orders);
      if (from === null || to === null) return words(null, []);
      return words(t('auTableMove', { from, to }), [
        t(e.action === 'session.moved' ? 'auMovedTo' : 'auMergedInto', { from, to }),
        orders !== null ? t('auOrdersN', { n: orders }) : null,
      ]);
    }
    case 'backup.restored': {
      const created = str(d.backup_created_at);
      const kind = str(d.kind);
      const when = created ? backupTime(created, fmt.lang) : null;
      return words(when ? t('auBackup', { time: when }) : null, [
        kind && when && BACKUP_KINDS.includes(kind)
          ? t('auRestoredKind', { kind: t(`bkKind_${kind}` as AdminKey), time: when })
          : null,
        str(d.backup),
        str(d.pre_restore) ? t('auPreRestore', { name: str(d.pre_restore)! }) : null,
        d.at_startup === true ? t('auAtStartup') : null,
      ]);
    }
    default:
      return words(null, []);
  }
}

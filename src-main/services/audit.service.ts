/**
 * The audit log (A16): who deleted, voided, ended, moved, merged or restored what, and when.
 * Entries are written by the services that act (in the same transaction as the act); this
 * reads them back newest first, a page at a time, with a short label a person can read.
 */
import type { AuditAction, AuditEntry, AuditPage } from '../../src-shared/types';
import type { AuditQueryInput } from '../../src-shared/schemas';
import { LIMITS } from '../../src-shared/limits';
import { nextDate, startOfLocalDate } from '../../src-shared/dates';
import { ValidationError } from '../errors/app-error';
import type { ServiceContext } from './context';
import { storeTimeZone } from './orders.service';
import * as auditRepo from '../repositories/audit.repository';

const CURSOR_PREFIX = 'audit:';

function badCursor(): never {
  throw new ValidationError('cursor: is not a cursor this server gave', [
    { path: 'cursor', message: 'is not a cursor this server gave' },
  ]);
}

/** The cursor is the last entry's id, wrapped so that clients treat it as opaque. */
export function encodeAuditCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

export function decodeAuditCursor(cursor: string): number {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) badCursor();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^audit:([1-9][0-9]{0,14})$/.exec(text);
  if (!m) badCursor();
  return Number(m[1]);
}

export function auditPage(ctx: ServiceContext, storeId: number, query: AuditQueryInput): AuditPage {
  const tz = storeTimeZone(ctx, storeId);
  const limit = query.limit ?? LIMITS.auditPageDefault;
  const rows = auditRepo.pageAudit(ctx.db, {
    storeId,
    fromIso: query.from ? startOfLocalDate(query.from, tz).toISOString() : undefined,
    toIso: query.to ? startOfLocalDate(nextDate(query.to), tz).toISOString() : undefined,
    staffId: query.staff_id,
    action: query.action,
    beforeId: query.cursor !== undefined ? decodeAuditCursor(query.cursor) : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    entries: page.map(toEntry),
    next_cursor: rows.length > limit && last ? encodeAuditCursor(last.id) : null,
  };
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // An unreadable detail is shown as none rather than failing the whole page.
  }
  return {};
}

function toEntry(row: auditRepo.AuditRow): AuditEntry {
  const detail = parseDetail(row.detail);
  return {
    id: row.id,
    at: row.created_at,
    staff:
      row.staff_id !== null ? { id: row.staff_id, username: row.staff_username ?? `#${row.staff_id}` } : null,
    action: row.action as AuditAction,
    target: { kind: row.entity, id: row.entity_id, label: targetLabel(row.action, row.entity_id, detail) },
    detail,
  };
}

const METHOD_KO: Record<string, string> = { cash: '현금', card: '카드', transfer: '계좌이체', other: '기타' };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const won = (n: number) => `₩${Math.trunc(n).toLocaleString('en-US')}`;
const table = (n: number | null) => (n !== null ? `테이블 ${n}` : null);
const joined = (...parts: (string | null)[]) => parts.filter((p) => p !== null).join(' · ');

/** A short Korean label of what was acted on, from the entry's recorded facts. */
export function targetLabel(action: string, entityId: number | null, d: Record<string, unknown>): string {
  const fallback = entityId !== null ? `#${entityId}` : '';
  switch (action) {
    case 'order.deleted':
      return joined(`주문 ${str(d.order_number) ?? fallback}`, table(num(d.table_number)));
    case 'payment.recorded':
    case 'payment.voided': {
      const amount = num(d.amount);
      const method = str(d.method);
      return joined(
        ['결제', amount !== null ? won(amount) : fallback, method ? (METHOD_KO[method] ?? method) : null]
          .filter(Boolean)
          .join(' '),
        table(num(d.table_number)),
      );
    }
    case 'session.ended':
      return table(num(d.table_number)) ?? `방문 ${fallback}`;
    case 'session.moved':
      return `테이블 ${num(d.from_table) ?? '?'} → ${num(d.to_table) ?? '?'}`;
    case 'session.merged':
      return `테이블 ${num(d.from_table) ?? '?'} → ${num(d.into_table) ?? '?'}`;
    case 'backup.restored':
      return `백업 ${str(d.backup) ?? fallback}`;
    default:
      return fallback;
  }
}

/** CSV for Excel, shared by the day summary (A11) and reports (A15). */
import type { PaymentMethod } from '../../src-shared/types';

export const METHOD_NAMES: Record<PaymentMethod, string> = {
  cash: '현금',
  card: '카드',
  transfer: '계좌이체',
  other: '기타',
};

/**
 * One CSV field. Quoted when it holds a quote, comma or line break; text that Excel would run
 * as a formula (= + - @, tab, CR first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as one CSV document: UTF-8 with BOM (Excel reads Korean right), CRLF lines. */
export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The slips (A14), as ReceiptLine documents turned into ESC/POS by `receiptline`: Korean goes
 * out in the printer's Korean code page (`ksc5601`: FS &, ESC R 13, CP949 bytes), sizes and
 * the cut are ReceiptLine markup (a line of `=` is a cut there, so rules are `-`). The drawer kick (ESC p) is the one command receiptline has
 * no markup for, so its five bytes are appended here.
 */
import { transform } from 'receiptline';
import type { Bill } from '../../src-shared/types';

/** What a kitchen job keeps of its order: enough to print after the order is archived. */
export interface KitchenSlip {
  kind: 'kitchen';
  table_number: number;
  order_number: string;
  created_at: string;
  time_zone: string;
  lines: {
    menu_name: string;
    quantity: number;
    options: string[];
    note: string | null;
    station_id: number | null;
  }[];
}

export interface BillSlip {
  kind: 'receipt';
  store_name: string;
  bill: Bill;
  at: string;
  time_zone: string;
  open_drawer: boolean;
}

export interface TestSlip {
  kind: 'test';
  printer_name: string;
  at: string;
  time_zone: string;
}

export type SlipData = KitchenSlip | BillSlip | TestSlip;

export interface RenderOptions {
  /** Sent before and not confirmed: the slip is headed 재출력 so the kitchen knows. */
  reprint: boolean;
  copies: number;
  /** Station names by id; lines of a station not listed print under the default name. */
  stationNames: ReadonlyMap<number, string>;
  /** Characters per line: 42 on 80 mm paper with font A at 576 dots. */
  cpl?: number;
}

export const REPRINT_MARK = '재출력';
export const DEFAULT_STATION_NAME = '주방';
/** ESC p 0 25 250: pulse drawer pin 2 for 50 ms on, 500 ms off (the usual kick). */
export const DRAWER_KICK = Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]);
/** receiptline ends with GS r 1 (send status); the worker asks with DLE EOT itself instead. */
const GS_R_1 = '\x1dr1';

/** Escapes ReceiptLine's special characters in text that comes from users (dish names, requests). */
export function escapeText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\\|{}~_"`^\-=]/g, (c) => `\\${c}`);
}

function clock(at: string, timeZone: string, withDate = false): string {
  return new Intl.DateTimeFormat('ko-KR', {
    timeZone,
    ...(withDate && { year: 'numeric', month: '2-digit', day: '2-digit' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

const won = (n: number) => `${n.toLocaleString('ko-KR')}원`;

/** `ORD-20260101-0012` → `#0012`: the short number the kitchen calls out. */
export function shortOrderNumber(orderNumber: string): string {
  return `#${orderNumber.split('-').pop() ?? orderNumber}`;
}

function reprintHeader(reprint: boolean): string[] {
  return reprint ? [`\`^^^ ${REPRINT_MARK} \``, '-'] : [];
}

export function kitchenDocument(slip: KitchenSlip, options: RenderOptions): string {
  const doc = [
    ...reprintHeader(options.reprint),
    `^^^테이블 ${slip.table_number} | ^^^${shortOrderNumber(slip.order_number)}`,
    `${escapeText(slip.order_number)} | ${clock(slip.created_at, slip.time_zone)}`,
  ];
  // Lines grouped by station, in the order the stations first appear in the order.
  const groups = new Map<number | null, KitchenSlip['lines']>();
  for (const line of slip.lines) {
    const group = groups.get(line.station_id) ?? [];
    group.push(line);
    groups.set(line.station_id, group);
  }
  for (const [stationId, lines] of groups) {
    const station = (stationId !== null && options.stationNames.get(stationId)) || DEFAULT_STATION_NAME;
    doc.push('-', `"[${escapeText(station)}]`);
    for (const line of lines) {
      doc.push(`^^${escapeText(line.menu_name)} | ^^x${line.quantity}`);
      if (line.options.length) doc.push(`  + ${escapeText(line.options.join(', '))}`);
      if (line.note) doc.push(`  "▶ 요청: ${escapeText(line.note)}`);
    }
  }
  doc.push('-', `${clock(slip.created_at, slip.time_zone, true)}`);
  return doc.join('\n') + '\n';
}

export function billDocument(slip: BillSlip, options: RenderOptions): string {
  const { bill } = slip;
  const doc = [
    ...reprintHeader(options.reprint),
    `^^${escapeText(slip.store_name)}`,
    `테이블 ${bill.table_number} | ${clock(slip.at, slip.time_zone, true)}`,
    '-',
  ];
  for (const line of bill.lines) {
    doc.push(`${escapeText(line.menu_name)} x${line.quantity} | ${won(line.amount)}`);
    if (line.options.length) doc.push(`  + ${escapeText(line.options.join(', '))}`);
  }
  doc.push('-', `^합계 | ^${won(bill.total_amount)}`, `받은 금액 | ${won(bill.paid_amount)}`);
  doc.push(`"받을 금액 | "${won(bill.due_amount)}`, '-', '감사합니다');
  return doc.join('\n') + '\n';
}

export function testDocument(slip: TestSlip, options: RenderOptions): string {
  return [
    ...reprintHeader(options.reprint),
    '^^^테스트 인쇄',
    `프린터: ${escapeText(slip.printer_name)}`,
    `한글 출력 확인: 가나다라마바사`,
    clock(slip.at, slip.time_zone, true),
  ].join('\n');
}

export function slipDocument(slip: SlipData, options: RenderOptions): string {
  if (slip.kind === 'kitchen') return kitchenDocument(slip, options);
  if (slip.kind === 'receipt') return billDocument(slip, options);
  return testDocument(slip, options);
}

/** The ESC/POS bytes of a slip: every copy, each cut; a bill may kick the drawer first. */
export function renderSlip(slip: SlipData, options: RenderOptions): Buffer {
  let escpos = transform(slipDocument(slip, options), {
    cpl: options.cpl ?? 42,
    encoding: 'ksc5601',
    command: 'escpos',
    cutting: true,
  });
  if (escpos.endsWith(GS_R_1)) escpos = escpos.slice(0, -GS_R_1.length);
  const one = Buffer.from(escpos, 'binary');
  const parts: Buffer[] = [];
  if (slip.kind === 'receipt' && slip.open_drawer) parts.push(DRAWER_KICK);
  for (let i = 0; i < Math.max(1, options.copies); i += 1) parts.push(one);
  return Buffer.concat(parts);
}

/** The same slip drawn as SVG (pictures of slips for the docs). */
export function renderSlipSvg(slip: SlipData, options: RenderOptions): string {
  return transform(slipDocument(slip, options), { cpl: options.cpl ?? 42, encoding: 'ksc5601' });
}

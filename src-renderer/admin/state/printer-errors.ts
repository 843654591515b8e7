/**
 * The printer worker records its errors in English for the log (printer-socket.service.ts);
 * the printers screen says them in the manager's language. An unknown message becomes
 * "printer error" with the original kept for a tooltip, so nothing raw is shown as the text.
 */
import type { AdminKey } from './admin-dictionary';

export interface PrinterErrorText {
  key: AdminKey;
  vars: Record<string, string>;
}

const RULES: Array<[RegExp, AdminKey, (m: RegExpExecArray) => Record<string, string>]> = [
  [/^No connection to (\S+) \(timed out\)/, 'printErr_timeout', (m) => ({ host: m[1]! })],
  [/^No connection to (\S+) \((.+)\)/, 'printErr_refused', (m) => ({ host: m[1]!, code: m[2]! })],
  [/^Sending failed/, 'printErr_send', () => ({})],
  [/closed the connection/, 'printErr_closed', () => ({})],
  [/did not answer the status query/, 'printErr_noAnswer', () => ({})],
  [/cover is open/i, 'printErr_cover', () => ({})],
  [/out of paper/i, 'printErr_paper', () => ({})],
  [/printer is offline/i, 'printErr_offline', () => ({})],
];

export function printerErrorText(message: string): PrinterErrorText {
  for (const [pattern, key, vars] of RULES) {
    const m = pattern.exec(message);
    if (m) return { key, vars: vars(m) };
  }
  return { key: 'printErr_other', vars: {} };
}

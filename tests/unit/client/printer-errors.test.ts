/** The printer worker's English log messages, as the printers screen says them. */
import { describe, expect, it } from 'vitest';
import { printerErrorText } from '../../../src-renderer/admin/state/printer-errors';
import { dict } from '../../../src-renderer/admin/state/admin-dictionary';

// The messages printer-socket.service.ts and printer-worker.service.ts record.
const CASES: Array<[string, string, Record<string, string>]> = [
  ['No connection to 10.0.0.9:9100 (timed out)', 'printErr_timeout', { host: '10.0.0.9:9100' }],
  [
    'No connection to 10.0.0.9:9100 (ECONNREFUSED)',
    'printErr_refused',
    { host: '10.0.0.9:9100', code: 'ECONNREFUSED' },
  ],
  ['Sending failed: write EPIPE', 'printErr_send', {}],
  ['The printer closed the connection', 'printErr_closed', {}],
  ['The printer did not answer the status query', 'printErr_noAnswer', {}],
  ['The cover is open', 'printErr_cover', {}],
  ['Out of paper', 'printErr_paper', {}],
  ['The printer is offline (error)', 'printErr_offline', {}],
  ['Error: something new', 'printErr_other', {}],
];

describe('printerErrorText', () => {
  it.each(CASES)('%s', (message, key, vars) => {
    expect(printerErrorText(message)).toEqual({ key, vars });
  });

  it('has Korean and English for every key it can return', () => {
    for (const [, key] of CASES) {
      const entry = dict[key as keyof typeof dict] as { ko: string; en: string };
      expect(entry.ko).toMatch(/[가-힣]/);
      expect(entry.en.length).toBeGreaterThan(0);
    }
  });
});

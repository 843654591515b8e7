/**
 * The printer's real-time status bytes (ESC/POS DLE EOT 1/2/4), read as the worker reads them:
 * a slip is confirmed only on a clean reading, so a wrong bit here prints twice or never.
 */
import { describe, expect, it } from 'vitest';
import { parseStatus, statusBytes, STATUS_QUERY } from '../../../src-main/services/printer-socket.service';

// Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear: 0x12 is a clean answer.
const CLEAN = 0x12;

describe('parseStatus', () => {
  it('a clean printer, offline cause and paper sensor read ok', () => {
    expect(parseStatus([CLEAN, CLEAN, CLEAN])).toEqual({ status: 'ok', error: null });
  });

  it('paper near its end (DLE EOT 4 bits 2–3) still prints: ok', () => {
    expect(parseStatus([CLEAN, CLEAN, CLEAN | 0x0c]).status).toBe('ok');
  });

  it('the cover open bit of the offline cause (bit 2)', () => {
    expect(parseStatus([CLEAN | 0x08, CLEAN | 0x04, CLEAN])).toEqual({
      status: 'cover_open',
      error: 'The cover is open',
    });
  });

  it('paper out: stopped by paper end (cause bit 5) or the paper sensor (bits 5–6)', () => {
    expect(parseStatus([CLEAN | 0x08, CLEAN | 0x20, CLEAN]).status).toBe('paper_out');
    expect(parseStatus([CLEAN, CLEAN, CLEAN | 0x60]).status).toBe('paper_out');
    expect(parseStatus([CLEAN | 0x08, CLEAN, CLEAN | 0x60]).error).toBe('Out of paper');
  });

  it('offline with no cause given, or an error (cause bit 6), reads offline', () => {
    expect(parseStatus([CLEAN | 0x08, CLEAN, CLEAN]).status).toBe('offline');
    expect(parseStatus([CLEAN, CLEAN | 0x40, CLEAN]).status).toBe('offline');
  });

  it('an open cover is said before the paper (the cover must be closed first)', () => {
    expect(parseStatus([CLEAN | 0x08, CLEAN | 0x04 | 0x20, CLEAN | 0x60]).status).toBe('cover_open');
  });
});

describe('statusBytes', () => {
  it('keeps the DLE EOT answers in order', () => {
    expect(statusBytes(Buffer.from([0x12, 0x16, 0x72]))).toEqual([0x12, 0x16, 0x72]);
  });

  it('skips an automatic status back packet (4 bytes, first one xxx1xx00) before and between answers', () => {
    const asb = [0x14, 0x00, 0x0c, 0x0f];
    expect(statusBytes(Buffer.from([...asb, 0x12, ...asb, 0x32, 0x12]))).toEqual([0x12, 0x32, 0x12]);
  });

  it('skips noise and an automatic status packet cut off at the end', () => {
    expect(statusBytes(Buffer.from([0x00, 0xff, 0x12, 0x12, 0x12, 0x10, 0x00]))).toEqual([0x12, 0x12, 0x12]);
  });

  it('nothing received: no answers (the worker waits, then times out)', () => {
    expect(statusBytes(Buffer.alloc(0))).toEqual([]);
  });
});

describe('STATUS_QUERY', () => {
  it('turns automatic status off (GS a 0), then asks DLE EOT 1, 2 and 4', () => {
    expect([...STATUS_QUERY]).toEqual([
      0x1d, 0x61, 0x00, 0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatTime, formatWon } from '../../../src-shared/format';
import { ERROR_CODES, isErrorEnvelope } from '../../../src-shared/errors';

describe('formatWon', () => {
  it('writes whole won with separators', () => {
    expect(formatWon(12000)).toBe('12,000원');
    expect(formatWon(0)).toBe('0원');
    expect(formatWon(10_000_000, 'en')).toBe('₩10,000,000');
  });
});

describe('formatTime', () => {
  it('shows 24-hour local time', () => {
    expect(formatTime('2026-11-24T09:30:00.000Z', 'Asia/Seoul')).toBe('18:30');
    expect(formatTime('2026-11-24T15:05:00.000Z', 'Asia/Seoul')).toBe('00:05');
  });
});

describe('error envelope', () => {
  it('maps every code of API.md to its status', () => {
    expect(ERROR_CODES).toEqual({
      VALIDATION_ERROR: 400,
      AUTH_ERROR: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      MISDIRECTED_REQUEST: 421,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RATE_LIMITED: 429,
      INTERNAL_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
    });
    expect(isErrorEnvelope({ detail: 'x', error_code: 'NOT_FOUND' })).toBe(true);
    expect(isErrorEnvelope({ detail: 'x' })).toBe(false);
    expect(isErrorEnvelope(null)).toBe(false);
  });
});

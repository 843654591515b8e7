/** Whole won with thousands separators: 12000 → "12,000원" (ko) or "₩12,000" (en). */
export function formatWon(amount: number, lang: 'ko' | 'en' = 'ko'): string {
  const digits = Math.trunc(amount).toLocaleString('en-US');
  return lang === 'ko' ? `${digits}원` : `₩${digits}`;
}

/** "2026-11-24T09:30:00.000Z" → "18:30" in the given (or the browser's) time zone. */
export function formatTime(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  });
}

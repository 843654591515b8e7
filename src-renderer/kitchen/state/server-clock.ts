/**
 * Ticket ages are measured on the store server's clock, not the screen's: a kitchen screen on
 * the LAN (a TV stick, an old tablet) often runs minutes or hours off, and its tickets would
 * then show wrong ages and colours. The server's `Date` header gives its time to the second,
 * which is all a minute-scale timer needs. Measured once per page load.
 */
let offsetMs = 0;

/** Add to the screen's `Date.now()` to get the server's time. */
export function serverClockOffset(): number {
  return offsetMs;
}

export async function syncServerClock(): Promise<void> {
  try {
    const sent = Date.now();
    const res = await fetch('/health', { cache: 'no-store' });
    const received = Date.now();
    const header = res.headers.get('date');
    if (!header) return;
    // The header is cut to the second: its middle is the best guess.
    const offset = Date.parse(header) + 500 - (sent + received) / 2;
    // Within a few seconds the screen's own clock is as good, and steadier.
    offsetMs = Number.isFinite(offset) && Math.abs(offset) > 3000 ? offset : 0;
  } catch {
    // Server unreachable: keep the last offset; the board says it is reconnecting.
  }
}

/**
 * The staff-call sound (T9), synthesised with Web Audio like the kitchen's new-order chime but
 * unmistakably different: the chime is two short rising triangle notes; a call is a falling
 * "ding-dong" of soft sine bells, rung twice — staff learn to tell "new order" from "a table
 * wants you" without looking. Browsers keep an AudioContext suspended until a user gesture,
 * so any tap or key on the page unlocks it.
 */
import { useEffect } from 'react';

let context: AudioContext | null = null;
let played = 0;

function ensureContext(): AudioContext | null {
  if (context) return context;
  const Ctor =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  context = new Ctor();
  return context;
}

const unlock = () => {
  const ctx = ensureContext();
  if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
};

/** Notes (Hz) and their start offsets (s): E6 → C6, twice. */
const NOTES: [number, number][] = [
  [1318.5, 0],
  [1046.5, 0.28],
  [1318.5, 0.75],
  [1046.5, 1.03],
];

/**
 * Rings the call sound. Returns whether it was played (false while the browser blocks audio).
 * Each ring that plays bumps `data-call-sounds` on <html>, which the browser tests read.
 */
export function playCallSound(): boolean {
  const ctx = ensureContext();
  if (!ctx || ctx.state !== 'running') return false;
  const start = ctx.currentTime + 0.01;
  for (const [freq, at] of NOTES) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t = start + at;
    osc.type = 'sine';
    osc.frequency.setValueAtTime(freq, t);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.7, t + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.65);
  }
  played += 1;
  document.documentElement.dataset.callSounds = String(played);
  return true;
}

/** Creates the context on mount and unlocks it on the first gesture anywhere on the page. */
export function useCallSoundUnlock(): void {
  useEffect(() => {
    ensureContext();
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
    return () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
  }, []);
}

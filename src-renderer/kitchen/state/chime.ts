/**
 * The new-order chime, synthesised with Web Audio (no audio files to ship or cache). Browsers
 * keep an AudioContext 'suspended' until a user gesture, so the board asks for one tap.
 */
import { useEffect, useSyncExternalStore } from 'react';

type AudioState = 'unsupported' | 'suspended' | 'running';

let context: AudioContext | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function ensureContext(): AudioContext | null {
  if (context) return context;
  const Ctor =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  context = new Ctor();
  context.addEventListener('statechange', notify);
  return context;
}

function audioState(): AudioState {
  if (!context) return 'unsupported';
  return context.state === 'running' ? 'running' : 'suspended';
}

/** Call from a user gesture (any tap on the board does). */
export function unlockAudio(): void {
  const ctx = ensureContext();
  if (ctx && ctx.state !== 'running') void ctx.resume().then(notify, notify);
}

/** Two rising notes, loud enough over a kitchen fan, short enough not to annoy. */
export function playChime(): void {
  const ctx = ensureContext();
  if (!ctx || ctx.state !== 'running') return;
  const start = ctx.currentTime + 0.01;
  [880, 1318.5].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t = start + i * 0.18;
    osc.type = 'triangle';
    osc.frequency.setValueAtTime(freq, t);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.6, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.45);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.5);
  });
}

/** Creates the context on mount, unlocks it on the first gesture, and reports its state. */
export function useAudio(): AudioState {
  useEffect(() => {
    ensureContext();
    notify();
    const onGesture = () => unlockAudio();
    window.addEventListener('pointerdown', onGesture, true);
    window.addEventListener('keydown', onGesture, true);
    return () => {
      window.removeEventListener('pointerdown', onGesture, true);
      window.removeEventListener('keydown', onGesture, true);
    };
  }, []);
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    audioState,
    () => 'unsupported' as AudioState,
  );
}

/** The end of a hold or a rest, felt or heard: only when the user asked for it. */

/** A short beep through Web Audio; never played unless the user turned sound on. */
export function beep(): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  const audio = new Context();
  const tone = audio.createOscillator();
  tone.connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.25);
  tone.onended = () => void audio.close();
}

/** Whether this phone can vibrate (most Android browsers; not iOS Safari, not desktops). */
export const canVibrate = (): boolean => typeof globalThis.navigator?.vibrate === 'function';

/** One short buzz where the phone can. */
export function buzz(): void {
  if (canVibrate()) navigator.vibrate(200);
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { carePlanText } from '../../domain/i18n';
import { beep } from './cues';

/** Counts a hold down, visibly; announces only the end to screen readers. Motion is a plain progress bar. */
export function HoldTimer({ seconds, label }: { seconds: number; label: string }) {
  const t = carePlanText().hold;
  const [left, setLeft] = useState<number | null>(null);
  const [sound, setSound] = useState(false);
  const endsAt = useRef(0);
  const running = left !== null && left > 0;
  // One interval per run, not a timeout per render: setting the same second again doesn't
  // re-render, so a timeout chained to renders stopped after its first quarter second.
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((endsAt.current - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining > 0) return;
      clearInterval(tick);
      if (sound) beep();
    }, 250);
    return () => clearInterval(tick);
  }, [running, sound]);
  const start = () => {
    endsAt.current = Date.now() + seconds * 1000;
    setLeft(seconds);
  };
  return (
    <div class="hold-timer">
      <button type="button" class="button" onClick={running ? () => setLeft(null) : start} aria-label={running ? t.stopFor(label) : t.startFor(seconds, label)}>
        {running ? t.stop : t.start(seconds)}
      </button>
      {left !== null && (
        <>
          <span class="hold-timer__count" aria-hidden="true">{t.left(left)}</span>
          <progress max={seconds} value={seconds - left} aria-label={t.progress(label)} />
        </>
      )}
      <span role="status" class="visually-hidden">{left === 0 ? t.complete(label) : ''}</span>
      <label class="choice">
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} aria-label={t.beepFor(label)} />
        <span>{t.beep}</span>
      </label>
    </div>
  );
}

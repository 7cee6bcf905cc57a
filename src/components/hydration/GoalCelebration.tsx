import { useEffect, useRef, useState } from 'preact/hooks';
import { wholeGlasses } from '../../domain/hydration';
import { waterText } from '../../domain/i18n';

const SHOW_FOR_MS = 6_000;
/** Drops that rise from the badge; their spread is in the CSS (nth-child), not in inline styles the CSP refuses. */
const DROPS = 6;

/**
 * A moment of recognition when a log meets the day's goal: a badge with rising drops. Only a log
 * made here triggers it (opening a screen where the goal is already met does not). With reduced
 * motion nothing moves and no drops rise; the words are the same for everyone.
 */
export function GoalCelebration({ counted, goal }: { counted: number; goal: number }) {
  const [shown, setShown] = useState(false);
  const t = waterText().celebration;
  const before = useRef(counted);
  useEffect(() => {
    const crossed = wholeGlasses(before.current) < goal && wholeGlasses(counted) >= goal;
    before.current = counted;
    if (!crossed) return;
    setShown(true);
    const timer = setTimeout(() => setShown(false), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [counted, goal]);
  return (
    <div class="celebration-slot" role="status">
      {shown && (
        <div class="celebration">
          <span class="celebration__drops" aria-hidden="true">
            {Array.from({ length: DROPS }, (_, i) => <span key={i} class="celebration__drop" />)}
          </span>
          <p class="celebration__text">
            <strong>{t.title}</strong> {t.body(goal)}
          </p>
          <button type="button" class="button button--quiet" aria-label={t.close} onClick={() => setShown(false)}>×</button>
        </div>
      )}
    </div>
  );
}

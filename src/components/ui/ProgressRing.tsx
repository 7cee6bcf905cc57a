import './ProgressRing.css';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring that fills toward the goal; the text inside carries the same information for everyone. */
export function ProgressRing({ fraction, label, children }: { fraction: number; label: string; children: preact.ComponentChildren }) {
  const clamped = Math.min(1, Math.max(0, fraction));
  return (
    <div class="ring" role="img" aria-label={label}>
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="ring__track" cx="60" cy="60" r={RADIUS} />
        <circle
          class="ring__fill"
          cx="60"
          cy="60"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - clamped)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="ring__center" aria-hidden="true">{children}</div>
    </div>
  );
}

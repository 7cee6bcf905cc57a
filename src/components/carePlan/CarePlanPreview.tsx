import { MASSAGE_KINDS } from '../../domain/session';
import type { CarePlan } from '../../domain/carePlan';
import { formatClockTime, formatDayLabel } from '../../domain/time';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import './carePlan.css';

/** What the therapist's plan holds, in plain words, before the client accepts it. */
export function CarePlanPreview({ plan }: { plan: CarePlan }) {
  const kind = MASSAGE_KINDS.find((k) => k.id === plan.session.kind)?.label ?? plan.session.kind;
  return (
    <div class="card plan-preview">
      {plan.therapist.practice && <p class="muted">{plan.therapist.practice}</p>}
      <p>After your {kind.toLowerCase()} session on {formatDayLabel(plan.session.endedAt, plan.timeZone)}.</p>
      {plan.physicianNote && <p class="notice" role="note"><strong>Ask your physician:</strong> {plan.physicianNote}</p>}
      {plan.exercises.length > 0 && (
        <>
          <h2>Home exercises</h2>
          <ul>
            {plan.exercises.map((e) => (
              <li key={e.id}>
                {e.name}: {e.sets} × {e.reps ? `${e.reps} reps` : `${e.holdSeconds} s hold`}, {e.timesPerDay}× a day for {e.durationDays} days
                <ExerciseFigure exercise={e} small />
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.dos.length > 0 && (<><h2>Do</h2><ul>{plan.dos.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      {plan.donts.length > 0 && (<><h2>Don’t</h2><ul>{plan.donts.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      {plan.nextAppointment && (
        <p>
          <strong>Next appointment:</strong> {formatDayLabel(plan.nextAppointment, plan.timeZone)} at {formatClockTime(plan.nextAppointment, plan.timeZone)}
          {plan.series && ` — every ${plan.series.everyWeeks} week${plan.series.everyWeeks === 1 ? '' : 's'}, ${plan.series.sessions} sessions planned`}
        </p>
      )}
    </div>
  );
}

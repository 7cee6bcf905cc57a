import { MASSAGE_KINDS } from '../../domain/session';
import type { CarePlan } from '../../domain/carePlan';
import { appointmentsText, carePlanText } from '../../domain/i18n';
import { exerciseWords } from '../../domain/exercises';
import { physicianNoteWords } from '../../domain/session';
import { formatClockTime, formatDayLabel } from '../../domain/time';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import './carePlan.css';

/** What the therapist's plan holds, in plain words, before the client accepts it. */
export function CarePlanPreview({ plan }: { plan: CarePlan }) {
  const t = carePlanText();
  const a = appointmentsText();
  const kind = MASSAGE_KINDS.find((k) => k.id === plan.session.kind)?.label ?? plan.session.kind;
  const next = plan.nextAppointment;
  return (
    <div class="card plan-preview">
      {plan.therapist.practice && <p class="muted">{plan.therapist.practice}</p>}
      <p>{t.preview.afterSession(kind, formatDayLabel(plan.session.endedAt, plan.timeZone))}</p>
      {plan.physicianNote && <p class="notice" role="note"><strong>{t.preview.askPhysician}</strong> {physicianNoteWords(plan.physicianNote)}</p>}
      {plan.exercises.length > 0 && (
        <>
          <h2>{t.preview.homeExercises}</h2>
          <ul>
            {plan.exercises.map((e) => (
              <li key={e.id}>
                {t.preview.exercise(exerciseWords(e).name, t.dose(e), e.timesPerDay, e.durationDays)}
                <ExerciseFigure exercise={e} small />
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.dos.length > 0 && (<><h2>{t.preview.dos}</h2><ul>{plan.dos.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      {plan.donts.length > 0 && (<><h2>{t.preview.donts}</h2><ul>{plan.donts.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      {next !== undefined && (
        <p>
          <strong>{a.next}</strong>{' '}
          {plan.series
            ? a.atInSeries(formatDayLabel(next, plan.timeZone), formatClockTime(next, plan.timeZone), plan.series.everyWeeks, plan.series.sessions)
            : a.at(formatDayLabel(next, plan.timeZone), formatClockTime(next, plan.timeZone))}
        </p>
      )}
    </div>
  );
}

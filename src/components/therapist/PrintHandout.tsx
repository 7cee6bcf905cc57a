import { MASSAGE_KINDS } from '../../domain/session';
import type { CarePlan } from '../../domain/carePlan';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { doseSummary } from './exerciseDraft';

function when(at: number, timeZone: string, withTime: boolean): string {
  const style = withTime ? { dateStyle: 'full', timeStyle: 'short' } as const : { dateStyle: 'long' } as const;
  return new Intl.DateTimeFormat(undefined, { ...style, timeZone }).format(at);
}

function NoteList({ title, notes }: { title: string; notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>{notes.map((note) => <li key={note}>{note}</li>)}</ul>
    </>
  );
}

/**
 * The one-page handout: shown only when printing (see therapist.css), next to the QR code and
 * link that ShareOutput shows on screen too. Built from the validated plan, so it says exactly
 * what the link carries.
 */
export function PrintHandout({ plan }: { plan: CarePlan }) {
  const { therapist, session, timeZone } = plan;
  const kind = MASSAGE_KINDS.find((k) => k.id === session.kind)?.label ?? session.kind;
  return (
    <div class="print-only handout">
      <h2>Your aftercare plan</h2>
      <p>
        From {therapist.name}{therapist.practice ? `, ${therapist.practice}` : ''}, after your {kind.toLowerCase()} session on {when(session.endedAt, timeZone, false)}.
        Drink water through the rest of the day: the app shows how much and reminds you.
      </p>
      {plan.physicianNote && <p class="handout__physician">{plan.physicianNote}</p>}
      {plan.exercises.length > 0 && <h3>Home exercises</h3>}
      {plan.exercises.map((exercise) => (
        <div class="handout__exercise" key={exercise.id}>
          <h4>{exercise.name}</h4>
          <p>{doseSummary(exercise)}</p>
          <ExerciseFigure exercise={exercise} still small />
          <ol>{exercise.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
          {exercise.cautions.length > 0 && <ul class="cautions">{exercise.cautions.map((c, i) => <li key={i}>{c}</li>)}</ul>}
        </div>
      ))}
      <NoteList title="Do" notes={plan.dos} />
      <NoteList title="Don't" notes={plan.donts} />
      {plan.nextAppointment !== undefined && <p><strong>Next appointment:</strong> {when(plan.nextAppointment, timeZone, true)}</p>}
      {plan.series && (
        <p>
          <strong>Series:</strong> {plan.series.sessions} sessions, every {plan.series.everyWeeks === 1 ? 'week' : `${plan.series.everyWeeks} weeks`}.
        </p>
      )}
    </div>
  );
}

import type { CarePlan } from '../../domain/carePlan';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { doseSummary } from './exerciseDraft';
import { kindLabel, waterGoal } from './deskWords';

function when(at: number, timeZone: string, withTime: boolean): string {
  const style = withTime ? { dateStyle: 'full', timeStyle: 'short' } as const : { dateStyle: 'long' } as const;
  return new Intl.DateTimeFormat(undefined, { ...style, timeZone }).format(at);
}

function NoteList({ title, notes }: { title: string; notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul>{notes.map((note) => <li key={note}>{note}</li>)}</ul>
    </div>
  );
}

/**
 * The one-page handout worth pinning to the fridge: shown only when printing (see therapist.css),
 * beside the QR code ShareOutput draws above it. Built from the validated plan, so it says exactly
 * what the link carries; the practice's contact is the one thing printed that the link doesn't hold.
 */
export function PrintHandout({ plan, contact = '' }: { plan: CarePlan; contact?: string }) {
  const { therapist, session, timeZone } = plan;
  const kind = (kindLabel(session.kind) ?? session.kind).toLowerCase();
  const water = waterGoal(session);
  const from = `${therapist.name}${therapist.practice ? `, ${therapist.practice}` : ''}`;
  return (
    <div class="print-only handout">
      <div class="handout__head">
        <p class="handout__for">{when(plan.issuedAt, timeZone, false)}</p>
        <h2>{plan.clientName ? `${plan.clientName}’s aftercare plan` : 'Your aftercare plan'}</h2>
        <p>From {from}, after your {kind} session on {when(session.endedAt, timeZone, false)}.</p>
        {water && (
          <p class="handout__goal">
            <strong>Water today: {water}</strong> over the rest of the day, besides your usual drinks. Water, plain tea and
            unsweetened iced tea count; sugary drinks, alcohol and coffee don’t. The app reminds you.
          </p>
        )}
      </div>
      {plan.physicianNote && <p class="handout__physician"><strong>Ask your physician:</strong> {plan.physicianNote}</p>}
      {plan.exercises.length > 0 && <h3>Home exercises</h3>}
      <div class="handout__exercises">
        {plan.exercises.map((exercise) => (
          <div class="handout__exercise" key={exercise.id}>
            <h4>{exercise.name}</h4>
            <p>{doseSummary(exercise)}</p>
            <ExerciseFigure exercise={exercise} still small />
            <ol>{exercise.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
            {exercise.cautions.length > 0 && <ul class="cautions">{exercise.cautions.map((c, i) => <li key={i}>{c}</li>)}</ul>}
          </div>
        ))}
      </div>
      <div class="handout__notes">
        <NoteList title="Do" notes={plan.dos} />
        <NoteList title="Don't" notes={plan.donts} />
      </div>
      {plan.nextAppointment !== undefined && <p class="handout__next"><strong>Next appointment:</strong> {when(plan.nextAppointment, timeZone, true)}</p>}
      {plan.series && (
        <p>
          <strong>Series:</strong> {plan.series.sessions} sessions, every {plan.series.everyWeeks === 1 ? 'week' : `${plan.series.everyWeeks} weeks`}.
        </p>
      )}
      <p class="handout__contact">
        {from}{contact.trim() ? ` · ${contact.trim()}` : ''}. Questions, or feeling unwell? Contact us or your doctor.
      </p>
    </div>
  );
}

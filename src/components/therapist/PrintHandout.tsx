import type { CarePlan } from '../../domain/carePlan';
import { activeLanguage, type Locale } from '../../domain/i18n';
import { ExerciseFigure } from '../exercises/ExerciseFigure';
import { useClientLanguage } from './clientLanguage';
import { handoutWords } from './handoutWords';

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
 * It prints in the client's `language` while the desk stays in the therapist's: every word is drawn
 * by handoutWords inside that language. (The figures' alt text stays in the desk's language: the
 * handout is hidden on screen, so no screen reader meets it.)
 */
export function PrintHandout({ plan, contact = '', language }: { plan: CarePlan; contact?: string; language?: Locale }) {
  const inClientLanguage = useClientLanguage(language ?? activeLanguage());
  // Only while the client's catalogue loads, a moment after the link is made.
  if (!inClientLanguage) return null;
  const w = inClientLanguage(() => handoutWords(plan, contact));
  return (
    <div class="print-only handout" lang={language}>
      <div class="handout__head">
        <p class="handout__for">{w.issued}</p>
        <h2>{w.title}</h2>
        <p>{w.from}</p>
        {w.water && <p class="handout__goal"><strong>{w.water.today}</strong> {w.water.rest}</p>}
      </div>
      {w.physicianNote && <p class="handout__physician"><strong>{w.askPhysician}</strong> {w.physicianNote}</p>}
      {w.exercises.length > 0 && <h3>{w.exercisesTitle}</h3>}
      <div class="handout__exercises">
        {w.exercises.map((exercise, index) => (
          <div class="handout__exercise" key={exercise.id}>
            <h4>{exercise.name}</h4>
            <p>{exercise.dose}</p>
            <ExerciseFigure exercise={plan.exercises[index]!} still small />
            <ol>{exercise.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
            {exercise.cautions.length > 0 && <ul class="cautions">{exercise.cautions.map((c, i) => <li key={i}>{c}</li>)}</ul>}
          </div>
        ))}
      </div>
      <div class="handout__notes">
        <NoteList title={w.doTitle} notes={plan.dos} />
        <NoteList title={w.dontTitle} notes={plan.donts} />
      </div>
      {w.next && <p class="handout__next"><strong>{w.next.label}</strong> {w.next.when}</p>}
      {w.series && <p><strong>{w.series.label}</strong> {w.series.text}</p>}
      <p class="handout__contact">{w.contact}</p>
    </div>
  );
}

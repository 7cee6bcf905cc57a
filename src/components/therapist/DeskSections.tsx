import { deskText } from '../../domain/i18n';
import type { TherapistForm } from './buildCarePlanDraft';
import { sectionSummaries } from './deskWords';

/** Each section's key (its label in deskText().sections) and the id of its heading. */
const SECTIONS = [
  { key: 'session', id: 'session-title' },
  { key: 'exercises', id: 'exercises-title' },
  { key: 'notes', id: 'notes-title' },
  { key: 'next', id: 'appointment-title' },
  { key: 'about', id: 'from-title' },
] as const;

/** Jump links to the form's sections, each with what it holds so far. No history entry per jump. */
export function DeskSections({ form, timeZone }: { form: TherapistForm; timeZone: string }) {
  const summaries = sectionSummaries(form, timeZone);
  const labels = deskText().sections;
  function jump(event: MouseEvent, id: string) {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav class="desk__nav no-print" aria-label={labels.label}>
      <ol>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
              <span class="desk__nav-label">{labels[s.key]}</span>
              <span class="desk__nav-summary">{summaries[s.key]}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

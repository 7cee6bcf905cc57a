import type { TherapistForm } from './buildCarePlanDraft';
import { sectionSummaries } from './deskWords';

const SECTIONS = [
  { key: 'session', id: 'session-title', label: 'Session' },
  { key: 'exercises', id: 'exercises-title', label: 'Home exercises' },
  { key: 'notes', id: 'notes-title', label: 'Do and don’t' },
  { key: 'next', id: 'appointment-title', label: 'What comes next' },
  { key: 'about', id: 'from-title', label: 'About you' },
] as const;

/** Jump links to the form's sections, each with what it holds so far. No history entry per jump. */
export function DeskSections({ form, timeZone }: { form: TherapistForm; timeZone: string }) {
  const summaries = sectionSummaries(form, timeZone);
  function jump(event: MouseEvent, id: string) {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  return (
    <nav class="desk__nav no-print" aria-label="Sections of the plan">
      <ol>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
              <span class="desk__nav-label">{s.label}</span>
              <span class="desk__nav-summary">{summaries[s.key]}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { useState } from 'preact/hooks';
import { deleteTemplate, deskTemplates, saveTemplate } from '../../state/therapist/desk';
import type { TherapistForm } from './buildCarePlanDraft';
import { applyTemplate, STARTER_TEMPLATES, templateOf } from './deskDraft';

interface Props {
  form: TherapistForm;
  onChange: (form: TherapistForm) => void;
  onNewClient: () => void;
}

/** Start from a template, save this plan as one, or clear the client's part for the next client. */
export function DeskTemplates({ form, onChange, onNewClient }: Props) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const own = deskTemplates.value;
  const all = [...own.map((t) => ({ ...t, own: true })), ...STARTER_TEMPLATES.filter((s) => !own.some((t) => t.name === s.name)).map((s) => ({ ...s, own: false }))];
  function save(event: Event) {
    event.preventDefault();
    if (name.trim() === '') return setStatus('Give the template a name first.');
    saveTemplate(name, templateOf(form) as Record<string, unknown>);
    setStatus(`Saved “${name.trim()}”. It is kept in this browser only.`);
    setName('');
  }
  return (
    <section class="desk-start card no-print" aria-labelledby="start-title">
      <h2 id="start-title">Start from a template</h2>
      <ul class="template-list">
        {all.map((t) => (
          <li key={t.id}>
            <span class="template-list__name">{t.name}</span>
            <button type="button" class="button" onClick={() => { onChange(applyTemplate(form, t.content)); setStatus(`Started from “${t.name}”. Change anything you need.`); }}>
              Use<span class="visually-hidden"> {t.name}</span>
            </button>
            {t.own && (
              <button type="button" class="button button--quiet" onClick={() => { deleteTemplate(t.id); setStatus(`Deleted “${t.name}”.`); }}>
                Delete<span class="visually-hidden"> {t.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <form class="template-save" onSubmit={save}>
        <label for="template-name" class="field__label">Save this plan as a template</label>
        <p class="muted" id="template-name-hint">Keeps the session kind, exercises, notes and series; never the client or dates.</p>
        <div class="template-save__row">
          <input id="template-name" type="text" maxLength={60} value={name} aria-describedby="template-name-hint" onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button">Save template</button>
        </div>
      </form>
      <button type="button" class="button button--quiet" onClick={() => { onNewClient(); setStatus('New plan started. Your name and practice are kept.'); }}>
        Start a new plan for the next client
      </button>
      <p role="status" class="desk-start__status">{status}</p>
    </section>
  );
}

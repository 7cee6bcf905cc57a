import { useState } from 'preact/hooks';
import { deskText } from '../../domain/i18n';
import { deleteTemplate, deskTemplates, saveTemplate } from '../../state/therapist/desk';
import type { TherapistForm } from './buildCarePlanDraft';
import { applyTemplate, starterTemplates, templateOf } from './deskDraft';

interface Props {
  form: TherapistForm;
  onChange: (form: TherapistForm) => void;
  onNewClient: () => void;
}

/** Start from a template, save this plan as one, or clear the client's part for the next client. */
export function DeskTemplates({ form, onChange, onNewClient }: Props) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const w = deskText().templates;
  const own = deskTemplates.value;
  const all = [...own.map((t) => ({ ...t, own: true })), ...starterTemplates().filter((s) => !own.some((t) => t.name === s.name)).map((s) => ({ ...s, own: false }))];
  function save(event: Event) {
    event.preventDefault();
    if (name.trim() === '') return setStatus(w.nameFirst);
    saveTemplate(name, templateOf(form) as Record<string, unknown>);
    setStatus(w.saved(name.trim()));
    setName('');
  }
  return (
    <section class="desk-start card no-print" aria-labelledby="start-title">
      <h2 id="start-title">{w.title}</h2>
      <ul class="template-list">
        {all.map((t) => (
          <li key={t.id}>
            <span class="template-list__name">{t.name}</span>
            <button type="button" class="button" onClick={() => { onChange(applyTemplate(form, t.content)); setStatus(w.started(t.name)); }}>
              {w.use}<span class="visually-hidden"> {t.name}</span>
            </button>
            {t.own && (
              <button type="button" class="button button--quiet" onClick={() => { deleteTemplate(t.id); setStatus(w.deleted(t.name)); }}>
                {w.delete}<span class="visually-hidden"> {t.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <form class="template-save" onSubmit={save}>
        <label for="template-name" class="field__label">{w.saveLabel}</label>
        <p class="muted" id="template-name-hint">{w.saveHint}</p>
        <div class="template-save__row">
          <input id="template-name" type="text" maxLength={60} value={name} aria-describedby="template-name-hint" onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button">{w.save}</button>
        </div>
      </form>
      <button type="button" class="button button--quiet" onClick={() => { onNewClient(); setStatus(w.newClientStarted); }}>
        {w.newClient}
      </button>
      <p role="status" class="desk-start__status">{status}</p>
    </section>
  );
}

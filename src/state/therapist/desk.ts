/**
 * The therapist's desk: the draft saved as they type, their name and practice remembered between
 * clients, and their templates. Shapes are the form's; this layer only keeps them (storage/deskStorage).
 */
import { signal } from '@preact/signals-core';
import { readDeskItem, removeDeskItem, writeDeskItem } from '../../storage/deskStorage';

export interface DeskTemplate {
  id: string;
  name: string;
  savedAt: number;
  /** Part of the form, as the screen wrote it; checked by the screen when used. */
  content: Record<string, unknown>;
}

const DRAFT_DELAY_MS = 400;
let draftTimer: ReturnType<typeof setTimeout> | undefined;

/** False once a write was refused: the screen says the draft lives only in this tab. */
export const deskKeeps = signal(true);

/** The saved draft (unchecked), or undefined. */
export function savedDraft(): unknown {
  return readDeskItem('draft');
}

/** Saves the draft shortly after the last keystroke, not on every one. */
export function saveDraftSoon(form: unknown): void {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => (deskKeeps.value = writeDeskItem('draft', form)), DRAFT_DELAY_MS);
}

/** Saves at once (before the page goes away, say). */
export function saveDraftNow(form: unknown): void {
  clearTimeout(draftTimer);
  deskKeeps.value = writeDeskItem('draft', form);
}

export function forgetDraft(): void {
  clearTimeout(draftTimer);
  removeDeskItem('draft');
}

/** Who the therapist is, as last typed (unchecked), or undefined. */
export function savedProfile(): unknown {
  return readDeskItem('profile');
}

export function saveProfile(profile: unknown): void {
  writeDeskItem('profile', profile);
}

function readTemplates(): DeskTemplate[] {
  const stored = readDeskItem('templates');
  if (!Array.isArray(stored)) return [];
  return stored.filter((t): t is DeskTemplate =>
    typeof t === 'object' && t !== null && typeof t.id === 'string' && typeof t.name === 'string' && typeof t.content === 'object' && t.content !== null);
}

/** The therapist's own templates, newest first. */
export const deskTemplates = signal<DeskTemplate[]>(readTemplates());

/** Saves under `name`, replacing a template of the same name. */
export function saveTemplate(name: string, content: Record<string, unknown>, now = Date.now()): DeskTemplate {
  const template = { id: `t-${now.toString(36)}`, name: name.trim(), savedAt: now, content };
  const others = deskTemplates.value.filter((t) => t.name.toLowerCase() !== template.name.toLowerCase());
  deskTemplates.value = [template, ...others];
  deskKeeps.value = writeDeskItem('templates', deskTemplates.value);
  return template;
}

export function deleteTemplate(id: string): void {
  deskTemplates.value = deskTemplates.value.filter((t) => t.id !== id);
  writeDeskItem('templates', deskTemplates.value);
}

/**
 * Lymphatic, prenatal and oncology work calls for a physician's approval, so a plan after such a
 * session always carries a physician note: the therapist's own, or this default.
 */
import { session, sessionText } from '../i18n/en/session';
import { needsPhysicianApproval, type MassageKind } from './sessionKinds';

/** The default note in English, as links made before other languages carried it. */
export const DEFAULT_PHYSICIAN_NOTE = session.physicianNote;

/** The default note in the active language: what a therapist's form starts with, and a client reads. */
export function defaultPhysicianNote(): string {
  return sessionText().physicianNote;
}

/** A stored note as the reader reads it: the English default in the active language, the therapist's own as written. */
export function physicianNoteWords(note: string): string {
  return note === DEFAULT_PHYSICIAN_NOTE ? defaultPhysicianNote() : note;
}

/** The physician note to show for this kind: the therapist's own, or the default for kinds that need approval. */
export function physicianNoteFor(kind: MassageKind, note: string | undefined): string | undefined {
  return note ?? (needsPhysicianApproval(kind) ? defaultPhysicianNote() : undefined);
}

/**
 * True when the note would come back by itself, so a share link need not carry it: the default in
 * English or in the language the therapist's screen is in (the client's app then shows it in theirs).
 */
export function isImpliedPhysicianNote(kind: MassageKind, note: string | undefined): boolean {
  return needsPhysicianApproval(kind) && (note === DEFAULT_PHYSICIAN_NOTE || note === defaultPhysicianNote());
}

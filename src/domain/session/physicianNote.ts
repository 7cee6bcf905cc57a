/**
 * Lymphatic, prenatal and oncology work calls for a physician's approval, so a plan after such a
 * session always carries a physician note: the therapist's own, or this default.
 */
import { needsPhysicianApproval, type MassageKind } from './sessionKinds';

export const DEFAULT_PHYSICIAN_NOTE =
  "This kind of massage calls for your physician's approval. Follow your physician's instructions alongside this plan.";

/** The physician note to show for this kind: the therapist's own, or the default for kinds that need approval. */
export function physicianNoteFor(kind: MassageKind, note: string | undefined): string | undefined {
  return note ?? (needsPhysicianApproval(kind) ? DEFAULT_PHYSICIAN_NOTE : undefined);
}

/** True when the note would come back by itself, so a share link need not carry it. */
export function isImpliedPhysicianNote(kind: MassageKind, note: string | undefined): boolean {
  return needsPhysicianApproval(kind) && note === DEFAULT_PHYSICIAN_NOTE;
}

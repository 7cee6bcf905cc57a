/** The massage session: kinds, pressure, when a physician must approve, and the intake form's checks. */
export { validateSession } from './sessionSchema';
export { isMassageKind, isPressure, MASSAGE_KINDS, type MassageKind, needsPhysicianApproval, type Pressure, PRESSURES } from './sessionKinds';
export { defaultPhysicianNote, physicianNoteWords } from './physicianNote';

/** The massage session: kinds, pressure, when a physician must approve. */
export { isMassageKind, isPressure, MASSAGE_KINDS, type MassageKind, needsPhysicianApproval, type Pressure, PRESSURES } from './sessionKinds';

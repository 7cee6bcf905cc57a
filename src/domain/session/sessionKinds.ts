/** The kinds of massage a session can be, and the pressure the therapist used. */
import { sessionText } from '../i18n/en/session';

export type MassageKind =
  | 'relaxation'
  | 'therapeutic'
  | 'deep-tissue'
  | 'trigger-point'
  | 'myofascial'
  | 'sports'
  | 'stretching'
  | 'cupping'
  | 'scraping'
  | 'lymphatic'
  | 'prenatal'
  | 'oncology';

/** relaxation: spa-style; therapeutic: aimed at an outcome; physician: needs a doctor's OK first. */
export type MassageFamily = 'relaxation' | 'therapeutic' | 'physician';

/** `label` and `description` are read in the active language each time they are read. */
export interface MassageKindInfo {
  readonly id: MassageKind;
  readonly label: string;
  readonly description: string;
  readonly family: MassageFamily;
  /** Work that reaches deep muscle layers; points the water goal to the upper end of the range. */
  readonly deepWork: boolean;
}

// Getters rather than stored strings: a language switch renames every kind without rebuilding the list.
function kind(id: MassageKind, family: MassageFamily, deepWork: boolean): MassageKindInfo {
  return {
    id,
    family,
    deepWork,
    get label() { return sessionText().kinds[id].label; },
    get description() { return sessionText().kinds[id].description; },
  };
}

export const MASSAGE_KINDS: readonly MassageKindInfo[] = [
  kind('relaxation', 'relaxation', false),
  kind('therapeutic', 'therapeutic', false),
  kind('deep-tissue', 'therapeutic', true),
  kind('trigger-point', 'therapeutic', true),
  kind('myofascial', 'therapeutic', true),
  kind('sports', 'therapeutic', false),
  kind('stretching', 'therapeutic', false),
  kind('cupping', 'therapeutic', false),
  kind('scraping', 'therapeutic', false),
  kind('lymphatic', 'physician', false),
  kind('prenatal', 'physician', false),
  kind('oncology', 'physician', false),
];

export type Pressure = 'light' | 'medium' | 'firm' | 'deep';

/** `label` and `description` are read in the active language each time they are read. */
export interface PressureInfo {
  readonly id: Pressure;
  readonly label: string;
  readonly description: string;
}

function pressure(id: Pressure): PressureInfo {
  return {
    id,
    get label() { return sessionText().pressures[id].label; },
    get description() { return sessionText().pressures[id].description; },
  };
}

export const PRESSURES: readonly PressureInfo[] = [pressure('light'), pressure('medium'), pressure('firm'), pressure('deep')];

/** True for one of the known massage kinds. */
export function isMassageKind(value: unknown): value is MassageKind {
  return MASSAGE_KINDS.some((kind) => kind.id === value);
}

/** True for one of the known pressure depths. */
export function isPressure(value: unknown): value is Pressure {
  return PRESSURES.some((pressure) => pressure.id === value);
}

/** Lymphatic, prenatal and oncology work should only happen with a physician's approval. */
export function needsPhysicianApproval(kind: MassageKind): boolean {
  return MASSAGE_KINDS.find((info) => info.id === kind)?.family === 'physician';
}

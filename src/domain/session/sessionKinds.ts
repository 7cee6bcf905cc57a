/** The kinds of massage a session can be, and the pressure the therapist used. */

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

export interface MassageKindInfo {
  id: MassageKind;
  label: string;
  description: string;
  family: MassageFamily;
  /** Work that reaches deep muscle layers; points the water goal to the upper end of the range. */
  deepWork: boolean;
}

export const MASSAGE_KINDS: readonly MassageKindInfo[] = [
  { id: 'relaxation', label: 'Relaxation / Swedish / spa', family: 'relaxation', deepWork: false,
    description: 'Long, flowing strokes for unwinding and stress relief.' },
  { id: 'therapeutic', label: 'Therapeutic', family: 'therapeutic', deepWork: false,
    description: 'Focused work toward a goal, such as easing pain or moving more freely.' },
  { id: 'deep-tissue', label: 'Deep tissue', family: 'therapeutic', deepWork: true,
    description: 'Slow, firm strokes that reach the deeper layers of muscle.' },
  { id: 'trigger-point', label: 'Trigger point', family: 'therapeutic', deepWork: true,
    description: 'Held pressure on tight knots that can send pain to other places.' },
  { id: 'myofascial', label: 'Myofascial release', family: 'therapeutic', deepWork: true,
    description: 'Sustained stretching of the connective tissue wrapped around muscles.' },
  { id: 'sports', label: 'Sports', family: 'therapeutic', deepWork: false,
    description: 'Work that gets the body ready for training or helps it recover afterwards.' },
  { id: 'stretching', label: 'Assisted stretching', family: 'therapeutic', deepWork: false,
    description: 'The therapist moves and stretches your limbs to improve flexibility.' },
  { id: 'cupping', label: 'Cupping', family: 'therapeutic', deepWork: false,
    description: 'Cups use gentle suction to lift skin and muscle and ease tension.' },
  { id: 'scraping', label: 'Scraping (gua sha / IASTM)', family: 'therapeutic', deepWork: false,
    description: 'A smooth-edged tool glides over the skin to loosen tight tissue.' },
  { id: 'lymphatic', label: 'Lymphatic drainage', family: 'physician', deepWork: false,
    description: 'Very light, rhythmic strokes that help the body move fluid.' },
  { id: 'prenatal', label: 'Prenatal', family: 'physician', deepWork: false,
    description: 'Comfort-focused massage during pregnancy, with safe positioning.' },
  { id: 'oncology', label: 'Oncology', family: 'physician', deepWork: false,
    description: 'Gentle massage adapted for people living with or after cancer.' },
];

export type Pressure = 'light' | 'medium' | 'firm' | 'deep';

export interface PressureInfo {
  id: Pressure;
  label: string;
  description: string;
}

export const PRESSURES: readonly PressureInfo[] = [
  { id: 'light', label: 'Light', description: 'Gentle, skin-level touch.' },
  { id: 'medium', label: 'Medium', description: 'Steady pressure that relaxes the muscles.' },
  { id: 'firm', label: 'Firm', description: 'Strong pressure focused on tight areas.' },
  { id: 'deep', label: 'Deep', description: 'The most intense pressure, reaching deep muscle layers.' },
];

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

/**
 * The massage session: its kinds and pressures, the default physician note, the intake form and its
 * checks (also used on a therapist's plan).
 */
import { namespace } from '../active';

export const session = {
  kinds: {
    relaxation: { label: 'Relaxation / Swedish / spa', description: 'Long, flowing strokes for unwinding and stress relief.' },
    therapeutic: { label: 'Therapeutic', description: 'Focused work toward a goal, such as easing pain or moving more freely.' },
    'deep-tissue': { label: 'Deep tissue', description: 'Slow, firm strokes that reach the deeper layers of muscle.' },
    'trigger-point': { label: 'Trigger point', description: 'Held pressure on tight knots that can send pain to other places.' },
    myofascial: { label: 'Myofascial release', description: 'Sustained stretching of the connective tissue wrapped around muscles.' },
    sports: { label: 'Sports', description: 'Work that gets the body ready for training or helps it recover afterwards.' },
    stretching: { label: 'Assisted stretching', description: 'The therapist moves and stretches your limbs to improve flexibility.' },
    cupping: { label: 'Cupping', description: 'Cups use gentle suction to lift skin and muscle and ease tension.' },
    scraping: { label: 'Scraping (gua sha / IASTM)', description: 'A smooth-edged tool glides over the skin to loosen tight tissue.' },
    lymphatic: { label: 'Lymphatic drainage', description: 'Very light, rhythmic strokes that help the body move fluid.' },
    prenatal: { label: 'Prenatal', description: 'Comfort-focused massage during pregnancy, with safe positioning.' },
    oncology: { label: 'Oncology', description: 'Gentle massage adapted for people living with or after cancer.' },
  },
  pressures: {
    light: { label: 'Light', description: 'Gentle, skin-level touch.' },
    medium: { label: 'Medium', description: 'Steady pressure that relaxes the muscles.' },
    firm: { label: 'Firm', description: 'Strong pressure focused on tight areas.' },
    deep: { label: 'Deep', description: 'The most intense pressure, reaching deep muscle layers.' },
  },
  /** After lymphatic, prenatal and oncology work, when the therapist wrote no note of their own. */
  physicianNote: "This kind of massage calls for your physician's approval. Follow your physician's instructions alongside this plan.",
  errors: {
    kind: 'Choose the kind of massage.',
    pressure: 'Choose the pressure that was used.',
    usualGlasses: (min: number, max: number) => `Enter how many glasses you usually drink a day, a whole number from ${min} to ${max}.`,
    endedAt: 'Enter when the session ended.',
    endInFuture: "The session can't end in the future.",
    endTooOld: (days: number) => `The session must have ended within the last ${days} days.`,
  },
  intake: {
    title: 'Tell us about your session',
    intro: 'Four quick questions. Your answers stay on this phone.',
    kindQuestion: 'What kind of massage was it?',
    pressureQuestion: 'How deep was the pressure?',
    endQuestion: 'When did the session end?',
    saveFailed: 'Your plan was not saved. Your answers are still here; please try again.',
    submit: 'Make my plan',
  },
};
export type SessionMessages = typeof session;
export const sessionText = namespace('session', session);

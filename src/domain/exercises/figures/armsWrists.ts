/** Figures for the arm and wrist exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_FRONT, STAND_SIDE } from './basePoses';

export const ARM_FIGURES: Record<string, FigureSpec> = {
  'wrist-flexor-stretch': {
    view: 'side',
    crop: 'upper',
    start: { ...STAND_SIDE, shoulder: [90, 83], elbow: [0, 3] },
    end: { ...STAND_SIDE, shoulder: [90, 75], elbow: [0, 3], wrist: [-80, 0] },
    highlight: ['forearmA'],
    area: 'the inside of the forearm',
    alt: 'Standing with one arm straight out in front, the other hand gently draws the fingers down and back, bending the wrist, then lets go.',
  },
  'triceps-stretch': {
    view: 'side',
    start: STAND_SIDE,
    end: { ...STAND_SIDE, shoulder: [172, 109], elbow: [150, 129] },
    highlight: ['upperArmA'],
    area: 'the back of the upper arm',
    alt: 'Standing, one arm reaches up and the elbow bends so the hand drops behind the head; the other hand eases the elbow back, then the arm comes down.',
  },
  'prayer-stretch': {
    view: 'front',
    crop: 'upper',
    start: { ...STAND_FRONT, shoulder: [24, 24], elbow: [-134, -134], wrist: [-70, -70] },
    end: { ...STAND_FRONT, shoulder: [18, 18], elbow: [-76, -76], wrist: [-122, -122] },
    highlight: ['forearmA', 'forearmB', 'handA', 'handB'],
    area: 'the insides of the forearms and the wrists',
    alt: 'Standing with the palms pressed together in front of the chest, the hands lower slowly while staying together, lifting the elbows out, then rise again.',
  },
};

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
  },
  'triceps-stretch': {
    view: 'side',
    start: STAND_SIDE,
    end: { ...STAND_SIDE, shoulder: [172, 109], elbow: [150, 129] },
    highlight: ['upperArmA'],
  },
  'prayer-stretch': {
    view: 'front',
    crop: 'upper',
    start: { ...STAND_FRONT, shoulder: [24, 24], elbow: [-134, -134], wrist: [-70, -70] },
    end: { ...STAND_FRONT, shoulder: [18, 18], elbow: [-76, -76], wrist: [-122, -122] },
    highlight: ['forearmA', 'forearmB', 'handA', 'handB'],
  },
};

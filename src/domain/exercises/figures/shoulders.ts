/** Figures for the shoulder exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_FRONT } from './basePoses';

export const SHOULDER_FIGURES: Record<string, FigureSpec> = {
  'cross-body-shoulder-stretch': {
    view: 'front',
    start: STAND_FRONT,
    end: { ...STAND_FRONT, shoulder: [-78, 42], elbow: [0, -135] },
    highlight: ['upperArmA'],
  },
  'wall-angel': {
    view: 'front',
    start: { ...STAND_FRONT, shoulder: [85, 85], elbow: [95, 95] },
    end: { ...STAND_FRONT, shoulder: [140, 140], elbow: [15, 15] },
    highlight: ['upperArmA', 'upperArmB'],
  },
  'pendulum-swing': {
    view: 'side',
    props: [{ kind: 'chair', x: 100 }],
    start: { torso: 50, neck: 10, shoulder: [25, 75], elbow: [0, 40], hip: [58, 40], knee: [10, 6], at: [54] },
    end: { torso: 50, neck: 10, shoulder: [75, 75], elbow: [0, 40], hip: [58, 40], knee: [10, 6], at: [54] },
    highlight: ['upperArmA'],
  },
};

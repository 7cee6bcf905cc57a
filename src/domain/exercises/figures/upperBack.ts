/** Figures for the upper-back exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_SIDE, sitSide } from './basePoses';

const ROLLER_X = 50;

export const UPPER_BACK_FIGURES: Record<string, FigureSpec> = {
  'scapular-squeeze': {
    view: 'side',
    start: { ...STAND_SIDE, shoulder: [10, 6], elbow: [90, 90] },
    end: { ...STAND_SIDE, spine: -6, shoulder: [-35, -35], elbow: [100, 100] },
    highlight: ['upperBack'],
  },
  'tennis-ball-release': {
    view: 'side',
    props: [{ kind: 'wall', x: 38 }, { kind: 'ball', at: [42, 32] }],
    start: { ...STAND_SIDE, torso: -6, hip: [10, 4], knee: [4, 4], at: [52] },
    end: { ...STAND_SIDE, torso: -6, hip: [36, 30], knee: [40, 40], ankle: [10, 10], at: [53] },
    highlight: ['upperBack'],
  },
  'foam-roller-upper-back': {
    view: 'side',
    props: [{ kind: 'roller', x: ROLLER_X }],
    // Hips on the floor, the upper back on the roller, elbows up and hands behind the head.
    start: { torso: -58, neck: 5, shoulder: [123, 119], elbow: [114, 114], hip: [83, 82], knee: [120, 115], ankle: [-20, -20], at: [66, 79.5] },
    end: { torso: -58, spine: -30, neck: -5, shoulder: [113, 109], elbow: [123, 123], hip: [83, 82], knee: [120, 115], ankle: [-20, -20], at: [66, 79.5] },
    highlight: ['upperBack'],
  },
  'seated-upper-back-stretch': {
    view: 'side',
    props: [{ kind: 'chair', x: 58 }],
    start: { ...sitSide(58), shoulder: [90, 86], elbow: [0, 0] },
    end: { ...sitSide(58), spine: 30, neck: 25, shoulder: [105, 100], elbow: [0, 0] },
    highlight: ['upperBack'],
  },
};

/** Figures for the leg exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_SIDE } from './basePoses';

const ROLLER_X = 74;

export const LEG_FIGURES: Record<string, FigureSpec> = {
  'hamstring-stretch': {
    view: 'side',
    props: [{ kind: 'strap', from: 'fingersA', to: 'toesA' }],
    start: { torso: -90, neck: 10, shoulder: [70, 70], elbow: [30, 30], hip: [70, 45], knee: [80, 90], at: [70, 79] },
    end: { torso: -90, neck: 10, shoulder: [60, 60], elbow: [20, 20], hip: [85, 45], knee: [0, 90], ankle: [15, 0], at: [70, 79] },
    highlight: ['thighA'],
  },
  'calf-stretch': {
    view: 'side',
    props: [{ kind: 'wall', x: 79 }],
    pin: 'ankleA',
    start: { torso: 8, shoulder: [76, 76], elbow: [39, 39], wrist: [73, 73], hip: [-4, 22], knee: [0, 3], ankle: [12, -11], at: [44, 81] },
    end: { torso: 25, shoulder: [41, 41], elbow: [133, 133], wrist: [31, 31], hip: [0, 49], knee: [0, 50], ankle: [25, 26], at: [44, 81] },
    highlight: ['shinA'],
  },
  'standing-quad-stretch': {
    view: 'side',
    props: [{ kind: 'wall', x: 88 }],
    pin: 'toesB',
    start: { ...STAND_SIDE, shoulder: [-10, 80], elbow: [10, 10], hip: [0, 0], knee: [0, 0], at: [66, 81] },
    end: { ...STAND_SIDE, shoulder: [-30, 80], elbow: [10, 10], hip: [-10, 0], knee: [150, 0], ankle: [60, 0], at: [66, 81] },
    highlight: ['thighA'],
  },
  'foam-rolling': {
    view: 'side',
    props: [{ kind: 'roller', x: ROLLER_X }],
    // Hips just off the floor, legs resting on the roller: it rolls from the top of the calf to near the ankle.
    start: { torso: -30, neck: 10, shoulder: [-50, -50], wrist: [-70, -70], hip: [71, 71], at: [ROLLER_X - 20, 75] },
    end: { torso: -30, neck: 10, shoulder: [-50, -50], wrist: [-70, -70], hip: [68, 68], at: [ROLLER_X - 28, 75] },
    highlight: ['shinA'],
  },
  'heel-raise': {
    view: 'side',
    props: [{ kind: 'chair', x: 92, back: 'left' }],
    pin: 'toesA',
    start: { ...STAND_SIDE, shoulder: [40, 40], elbow: [30, 30], at: [62, 80.7] },
    end: { ...STAND_SIDE, shoulder: [40, 40], elbow: [30, 30], ankle: [-50, -50], at: [62, 80.7] },
    highlight: ['shinA'],
  },
};

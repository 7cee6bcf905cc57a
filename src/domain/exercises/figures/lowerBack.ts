/** Figures for the lower-back exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_SIDE } from './basePoses';

/**
 * Hands and knees, head to the right: thighs and arms upright, shins and hands flat on the floor.
 * The arms are longer than the thighs, so a flat back slopes up toward the shoulders.
 */
const ALL_FOURS = { torso: 72, neck: -10, shoulder: [72, 68], hip: [72, 68], knee: [90, 90], ankle: [-90, -90], wrist: [90, 90], at: [40, 81] } as const;
const KNEE_ON_FLOOR = 'kneeA';

export const LOWER_BACK_FIGURES: Record<string, FigureSpec> = {
  'cat-cow': {
    view: 'side',
    pin: KNEE_ON_FLOOR,
    start: { ...ALL_FOURS, torso: 82, spine: -25, neck: -30, shoulder: [57, 53], hip: [82, 78] },
    end: { ...ALL_FOURS, torso: 46, spine: 49, neck: 45, shoulder: [95, 91], hip: [46, 42] },
    highlight: ['lowerBack', 'upperBack'],
  },
  'childs-pose': {
    view: 'side',
    pin: KNEE_ON_FLOOR,
    // Sitting back on the heels, then folding forward: the arms come down from above, never through the floor.
    start: { torso: 0, shoulder: [30, 26], elbow: [30, 30], hip: [41, 41], knee: [131, 131], ankle: [-90, -90], at: [40, 81] },
    end: { torso: 112, spine: 8, neck: -35, shoulder: [210, 206], hip: [153, 153], knee: [131, 131], ankle: [-90, -90], at: [40, 81] },
    highlight: ['lowerBack'],
  },
  'knees-to-chest': {
    view: 'side',
    start: { torso: -90, neck: 12, shoulder: [0, 0], hip: [50, 46], knee: [100, 96], ankle: [-10, -10], at: [60, 79.5] },
    end: { torso: -90, neck: 12, shoulder: [72, 68], elbow: [-50, -50], hip: [125, 120], knee: [130, 126], at: [60, 79.5] },
    highlight: ['lowerBack'],
  },
  'standing-back-extension': {
    view: 'side',
    start: { ...STAND_SIDE, shoulder: [-72, -72], elbow: [102, 102], wrist: [-30, -30] },
    end: { ...STAND_SIDE, torso: -12, spine: -12, neck: -10, knee: [8, 8], shoulder: [-86, -86], elbow: [112, 112], wrist: [-50, -50] },
    highlight: ['lowerBack'],
  },
};

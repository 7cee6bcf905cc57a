/** Figures for the hip exercises. */
import type { FigureSpec } from '../figureSpec';

export const HIP_FIGURES: Record<string, FigureSpec> = {
  'hip-flexor-lunge': {
    view: 'side',
    pin: 'kneeA',
    // The kneeling leg is the near one, so its highlighted hip shows in full colour.
    start: { torso: 0, shoulder: [10, 10], elbow: [20, 20], hip: [-10, 90], knee: [80, 90], ankle: [-90, 0], at: [46, 81] },
    end: { torso: 0, shoulder: [10, 10], elbow: [20, 20], hip: [-30, 94], knee: [60, 114], ankle: [-90, 20], at: [46, 81] },
    highlight: ['thighA'],
  },
  'figure-four-stretch': {
    view: 'side',
    start: { torso: -90, neck: 12, shoulder: [0, 0], hip: [112, 50], knee: [115, 100], at: [70, 79.5] },
    end: { torso: -90, neck: 12, shoulder: [65, 61], elbow: [-56, -56], hip: [135, 95], knee: [106, 100], at: [70, 79.5] },
    highlight: ['thighA'],
  },
  'glute-bridge': {
    view: 'side',
    pin: 'neckBase',
    start: { torso: -90, neck: 12, hip: [45, 40], knee: [95, 90], at: [38, 79.5] },
    end: { torso: -130, spine: 5, neck: 47, shoulder: [-35, -35], hip: [-51, -59], knee: [37, 21], at: [38, 79.5] },
    highlight: ['thighA'],
  },
  'butterfly-stretch': {
    view: 'front',
    start: { torso: 0, shoulder: [20, 20], elbow: [20, 20], hip: [35, 35], knee: [120, 120], thighToward: [40, 40], at: [60] },
    end: { torso: 0, shoulder: [25, 25], elbow: [25, 25], hip: [70, 70], knee: [135, 135], thighToward: [10, 10], at: [60] },
    highlight: ['thighA', 'thighB'],
  },
};

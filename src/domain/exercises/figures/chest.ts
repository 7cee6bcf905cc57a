/** Figures for the chest exercises. */
import type { FigureSpec } from '../figureSpec';
import { STAND_SIDE } from './basePoses';

export const CHEST_FIGURES: Record<string, FigureSpec> = {
  'doorway-chest-stretch': {
    view: 'side',
    props: [{ kind: 'doorway', x: 64 }],
    pin: 'elbowA',
    // The upper arm points out to the side, at the viewer, so it looks short. It swings from in
    // front of the body to behind it; the elbow angle runs past 180 so the forearm stays upright
    // on the frame the whole way instead of swinging round.
    start: { ...STAND_SIDE, shoulder: [90, 90], armToward: [42, 42], elbow: [90, 90], at: [60] },
    end: { ...STAND_SIDE, torso: 16, hip: [-22, 28], knee: [0, 18], shoulder: [-90, -90], armToward: [42, 42], elbow: [286, 286], at: [60] },
    highlight: ['upperBack'],
  },
  'clasped-hands-chest-opener': {
    view: 'side',
    start: { ...STAND_SIDE, shoulder: [-20, -20], elbow: [0, 0] },
    end: { ...STAND_SIDE, spine: -8, neck: -10, shoulder: [-50, -50], elbow: [0, 0] },
    highlight: ['upperBack'],
  },
  'ball-chest-release': {
    view: 'side',
    props: [{ kind: 'wall', x: 78 }, { kind: 'ball', at: [74, 32] }],
    start: { ...STAND_SIDE, shoulder: [29, -6], elbow: [110, 8], wrist: [20, 0], at: [57] },
    end: { ...STAND_SIDE, torso: 8, shoulder: [8, -6], elbow: [10, 8], hip: [-6, -10], at: [63] },
    highlight: ['upperBack'],
  },
};

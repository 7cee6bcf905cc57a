/** Figures for the foot exercises. */
import type { FigureSpec } from '../figureSpec';
import { sitSide } from './basePoses';

export const FOOT_FIGURES: Record<string, FigureSpec> = {
  'ankle-circles': {
    view: 'side',
    props: [{ kind: 'chair', x: 46 }],
    start: { ...sitSide(46), hip: [80, 90], knee: [10, 96], ankle: [-35, 6] },
    end: { ...sitSide(46), hip: [80, 90], knee: [10, 96], ankle: [20, 6] },
    highlight: ['footA'],
  },
  'foot-ball-roll': {
    view: 'side',
    props: [{ kind: 'chair', x: 46 }, { kind: 'ball', at: [70, 79] }],
    start: { ...sitSide(46), knee: [45, 96] },
    end: { ...sitSide(46), knee: [30, 96] },
    highlight: ['footA'],
  },
  'towel-foot-stretch': {
    view: 'side',
    props: [{ kind: 'strap', from: 'fingersA', to: 'toesA' }],
    start: { torso: 5, shoulder: [70, 70], elbow: [20, 20], hip: [93, 103], knee: [0, 20], ankle: [-15, -15], at: [36, 79.5] },
    end: { torso: -5, shoulder: [65, 65], elbow: [50, 50], hip: [83, 93], knee: [0, 20], ankle: [25, -15], at: [36, 79.5] },
    highlight: ['footA', 'shinA'],
  },
};

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
    area: 'the ankle',
    alt: 'Sitting with one leg held out straight, the foot circles slowly at the ankle, shown here from toes pointed to toes drawn back.',
  },
  'foot-ball-roll': {
    view: 'side',
    props: [{ kind: 'chair', x: 46 }, { kind: 'ball', at: [70, 79] }],
    start: { ...sitSide(46), knee: [45, 96] },
    end: { ...sitSide(46), knee: [30, 96] },
    highlight: ['footA'],
    area: 'the sole of the foot',
    alt: 'Sitting with one foot resting on a ball, the foot rolls the ball slowly from heel to toes and back.',
  },
  'towel-foot-stretch': {
    view: 'side',
    props: [{ kind: 'strap', from: 'fingersA', to: 'toesA' }],
    start: { torso: 5, shoulder: [70, 70], elbow: [20, 20], hip: [93, 103], knee: [0, 20], ankle: [-15, -15], at: [36, 79.5] },
    end: { torso: -5, shoulder: [65, 65], elbow: [50, 50], hip: [83, 93], knee: [0, 20], ankle: [25, -15], at: [36, 79.5] },
    highlight: ['footA', 'shinA'],
    area: 'the sole of the foot and the calf',
    alt: 'Sitting on the floor with one leg straight and a towel around the ball of the foot, the towel draws the toes back toward the body, then lets them go.',
  },
};

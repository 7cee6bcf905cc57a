/** Figures for the neck exercises. */
import type { FigureSpec } from '../figureSpec';
import { SIT_FRONT, STAND_FRONT, sitSide } from './basePoses';

export const NECK_FIGURES: Record<string, FigureSpec> = {
  'neck-side-bend': {
    view: 'front',
    start: STAND_FRONT,
    end: { ...STAND_FRONT, neck: 38 },
    highlight: ['neck'],
  },
  'upper-trapezius-stretch': {
    view: 'front',
    props: [{ kind: 'stool', x: 60, y: 68 }],
    start: { ...SIT_FRONT, shoulder: [14, 160], elbow: [0, 62], wrist: [0, 70] },
    end: { ...SIT_FRONT, neck: 35, shoulder: [14, 138], elbow: [0, 75], wrist: [0, 70] },
    highlight: ['neck'],
  },
  'chin-tuck': {
    view: 'side',
    props: [{ kind: 'chair', x: 58 }],
    start: { ...sitSide(58), neck: 24 },
    end: { ...sitSide(58), neck: -6 },
    highlight: ['neck'],
  },
  'chin-to-chest-stretch': {
    view: 'side',
    props: [{ kind: 'chair', x: 58 }],
    start: sitSide(58),
    end: { ...sitSide(58), neck: 55 },
    highlight: ['neck'],
  },
};

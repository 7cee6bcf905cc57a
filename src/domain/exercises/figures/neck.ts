/** Figures for the neck exercises. */
import type { FigureSpec } from '../figureSpec';
import { SIT_FRONT, STAND_FRONT, sitSide } from './basePoses';

export const NECK_FIGURES: Record<string, FigureSpec> = {
  'neck-side-bend': {
    view: 'front',
    start: STAND_FRONT,
    end: { ...STAND_FRONT, neck: 38 },
    highlight: ['neck'],
    area: 'the side of the neck',
    alt: 'Standing tall with loose shoulders, the head tips slowly toward one shoulder, then comes back to the middle.',
  },
  'upper-trapezius-stretch': {
    view: 'front',
    props: [{ kind: 'stool', x: 60, y: 68 }],
    start: { ...SIT_FRONT, shoulder: [14, 160], elbow: [0, 62], wrist: [0, 70] },
    end: { ...SIT_FRONT, neck: 35, shoulder: [14, 138], elbow: [0, 75], wrist: [0, 70] },
    highlight: ['neck'],
    area: 'the side of the neck and the top of the shoulder',
    alt: 'Sitting on a chair and holding its edge with one hand, the head tips away from that hand while the other hand rests on the head.',
  },
  'chin-tuck': {
    view: 'side',
    props: [{ kind: 'chair', x: 58 }],
    start: { ...sitSide(58), neck: 24 },
    end: { ...sitSide(58), neck: -6 },
    highlight: ['neck'],
    area: 'the neck',
    alt: 'Sitting tall and looking ahead, the chin slides straight back so the head moves back over the shoulders, then relaxes forward.',
  },
  'chin-to-chest-stretch': {
    view: 'side',
    props: [{ kind: 'chair', x: 58 }],
    start: sitSide(58),
    end: { ...sitSide(58), neck: 55 },
    highlight: ['neck'],
    area: 'the back of the neck',
    alt: 'Sitting tall, the chin lowers slowly toward the chest, then the head lifts back up.',
  },
};

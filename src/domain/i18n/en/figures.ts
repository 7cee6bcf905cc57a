/**
 * The exercise figures in words, for people who cannot see them: the movement from start to end, and
 * the area drawn in the accent colour, by the id of the library exercise each figure belongs to.
 */
import { namespace } from '../active';

/** One figure in words: `alt` is the movement as a sentence, `area` the highlighted part ("the side of the neck"). */
export interface FigureWords {
  area: string;
  alt: string;
}

const byId = {
  'neck-side-bend': {
    area: 'the side of the neck',
    alt: 'Standing tall with loose shoulders, the head tips slowly toward one shoulder, then comes back to the middle.',
  },
  'upper-trapezius-stretch': {
    area: 'the side of the neck and the top of the shoulder',
    alt: 'Sitting on a chair and holding its edge with one hand, the head tips away from that hand while the other hand rests on the head.',
  },
  'chin-tuck': {
    area: 'the neck',
    alt: 'Sitting tall and looking ahead, the chin slides straight back so the head moves back over the shoulders, then relaxes forward.',
  },
  'chin-to-chest-stretch': {
    area: 'the back of the neck',
    alt: 'Sitting tall, the chin lowers slowly toward the chest, then the head lifts back up.',
  },
  'cross-body-shoulder-stretch': {
    area: 'the back of the shoulder',
    alt: 'Standing, one straight arm is drawn across the chest and held there by the other hand just above the elbow, then lowered.',
  },
  'wall-angel': {
    area: 'the shoulders and upper back',
    alt: 'Standing with the back against a wall, the arms bent like goal posts slide up the wall into a Y and back down.',
  },
  'pendulum-swing': {
    area: 'the shoulder',
    alt: 'Leaning forward with one hand on the back of a chair, the other arm hangs loose and swings gently forward and back.',
  },
  'doorway-chest-stretch': {
    area: 'the chest and the front of the shoulder',
    alt: 'Standing in a doorway with the forearm upright against the frame, one foot steps through and the body leans forward past the frame, then steps back.',
  },
  'clasped-hands-chest-opener': {
    area: 'the chest and the front of the shoulders',
    alt: 'Standing with the hands clasped behind the back, the arms lift a little away from the body as the chest opens, then lower.',
  },
  'ball-chest-release': {
    area: 'the front of the chest, below the collarbone',
    alt: 'Facing a wall with a ball held against it at chest height, the body leans in so the ball presses under the collarbone, then eases off.',
  },
  'scapular-squeeze': {
    area: 'between the shoulder blades',
    alt: 'Standing tall with the elbows bent, the elbows draw back and the shoulder blades squeeze together, then relax.',
  },
  'tennis-ball-release': {
    area: 'the upper back, where the ball presses',
    alt: 'Standing with the back to a wall and a ball between the upper back and the wall, the knees bend a little so the ball rolls along the back, then straighten.',
  },
  'foam-roller-upper-back': {
    area: 'the upper back',
    alt: 'Lying on the back with a foam roller across the upper back, knees bent and hands behind the head, the upper back eases back over the roller and returns.',
  },
  'seated-upper-back-stretch': {
    area: 'between the shoulder blades',
    alt: 'Sitting with the arms reaching forward and the hands together, the upper back rounds as the hands reach further away, then sits tall again.',
  },
  'cat-cow': {
    area: 'the whole back',
    alt: 'On hands and knees, the belly drops and the head lifts, then the back rounds up toward the ceiling with the chin tucked.',
  },
  'childs-pose': {
    area: 'the lower back',
    alt: 'Kneeling and sitting back on the heels, the body folds forward until the forehead rests on the floor with the arms stretched out in front, then comes back up.',
  },
  'knees-to-chest': {
    area: 'the lower back',
    alt: 'Lying on the back, both knees are drawn in toward the chest with the hands around them, then eased back down.',
  },
  'standing-back-extension': {
    area: 'the lower back',
    alt: 'Standing with the hands on the lower back, the body leans back gently over the hands, then comes upright again.',
  },
  'hip-flexor-lunge': {
    area: 'the front of the hip of the kneeling leg',
    alt: 'Kneeling on one knee with the other foot flat in front, the body shifts gently forward, stretching the front of the kneeling hip, then eases back.',
  },
  'figure-four-stretch': {
    area: 'the buttock and outer hip',
    alt: 'Lying on the back with one ankle crossed over the other knee, the hands draw the lower leg toward the chest, then let it go back.',
  },
  'glute-bridge': {
    area: 'the buttocks and the backs of the thighs',
    alt: 'Lying on the back with the knees bent and feet flat, the hips lift until the body is a straight line from shoulders to knees, then lower.',
  },
  'butterfly-stretch': {
    area: 'the inner thighs',
    alt: 'Sitting on the floor with the soles of the feet together, the knees lower slowly out to the sides, then rise again.',
  },
  'hamstring-stretch': {
    area: 'the back of the thigh',
    alt: 'Lying on the back with a towel around one foot, that leg straightens up toward the ceiling, then bends again.',
  },
  'calf-stretch': {
    area: 'the calf of the back leg',
    alt: 'Facing a wall with the hands on it and one foot stepped back, heel down and knee straight, the body leans toward the wall, then back.',
  },
  'standing-quad-stretch': {
    area: 'the front of the thigh',
    alt: 'Standing with one hand on a wall, the other hand draws the foot of the near leg up behind toward the buttock, then lowers it.',
  },
  'foam-rolling': {
    area: 'the muscle on the roller, here the calf',
    alt: 'Sitting with the hands on the floor behind and a foam roller under the calves, the body rolls slowly forward and back over it.',
  },
  'heel-raise': {
    area: 'the calves',
    alt: 'Standing with a hand on the back of a chair, the heels rise slowly onto the toes, then lower.',
  },
  'ankle-circles': {
    area: 'the ankle',
    alt: 'Sitting with one leg held out straight, the foot circles slowly at the ankle, shown here from toes pointed to toes drawn back.',
  },
  'foot-ball-roll': {
    area: 'the sole of the foot',
    alt: 'Sitting with one foot resting on a ball, the foot rolls the ball slowly from heel to toes and back.',
  },
  'towel-foot-stretch': {
    area: 'the sole of the foot and the calf',
    alt: 'Sitting on the floor with one leg straight and a towel around the ball of the foot, the towel draws the toes back toward the body, then lets them go.',
  },
  'wrist-flexor-stretch': {
    area: 'the inside of the forearm',
    alt: 'Standing with one arm straight out in front, the other hand gently draws the fingers down and back, bending the wrist, then lets go.',
  },
  'triceps-stretch': {
    area: 'the back of the upper arm',
    alt: 'Standing, one arm reaches up and the elbow bends so the hand drops behind the head; the other hand eases the elbow back, then the arm comes down.',
  },
  'prayer-stretch': {
    area: 'the insides of the forearms and the wrists',
    alt: 'Standing with the palms pressed together in front of the chest, the hands lower slowly while staying together, lifting the elbows out, then rise again.',
  },
} satisfies Record<string, FigureWords>;

export const figures = {
  byId,
  /** The whole alt text: the movement, then what is highlighted. */
  described: (alt: string, area: string) => `${alt} Highlighted: ${area}.`,
};
export type FiguresMessages = typeof figures;
export const figuresText = namespace('figures', figures);

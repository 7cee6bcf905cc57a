/**
 * A library of common post-massage self-care a therapist can assign as is, edit, or use as a
 * starting point, grouped by body region. Steps and cautions are our own plain words. The numbers
 * are starting defaults for the therapist to change, not a prescription: the plan the client sees
 * is always the therapist's.
 *
 * Share links name library exercises by id, so ids never change and the list only grows: the
 * original thirteen stay first, in their order, and the rest live by region in ./exercises/library/.
 */
import type { BodyRegion, Sides } from './bodyRegions';
import { ARMS_WRISTS } from './library/armsWrists';
import { BACK } from './library/back';
import { HIPS_LEGS_FEET } from './library/lowerBody';
import { NECK_SHOULDER_CHEST } from './library/upperBody';
import { GENTLE, STOP_IF_SHARP, STRETCH } from './library/wording';

export type { BodyRegion, Sides } from './bodyRegions';

/**
 * One home exercise. Exactly one of `reps` and `holdSeconds` is set.
 * `region`, `sides` and `figure` came later: a plan saved before them has none, so where they are
 * absent on a library exercise the library's own value holds (see sidesOf, and figureFor in
 * ./exercises/figures).
 */
export interface Exercise {
  /** A library id such as 'neck-side-bend', or 'custom-…' for one written from scratch. */
  id: string;
  name: string;
  steps: string[];
  cautions: string[];
  sets: number;
  reps?: number;
  holdSeconds?: number;
  timesPerDay: number;
  /** Days the exercise runs, counted from the session day (day 1). */
  durationDays: number;
  /** Where on the body it works; the therapist's picker groups the library by it. */
  region?: BodyRegion;
  /** One side at a time ('each', left then right) or not ('both'). */
  sides?: Sides;
  /** The library exercise whose illustration this one borrows (a custom exercise); else its own. */
  figure?: string;
}

/** Every library exercise says where it works and whether it is done one side at a time. */
export type LibraryExercise = Exercise & { region: BodyRegion; sides: Sides };

const ORIGINAL_THIRTEEN: readonly LibraryExercise[] = [
  { id: 'neck-side-bend', name: 'Neck side bend', region: 'neck', sides: 'each', ...STRETCH,
    steps: ['Sit or stand tall with your shoulders relaxed.', 'Slowly tip your ear toward one shoulder without lifting the shoulder.',
      'Hold, breathing easily, then come back to the middle.', 'Repeat on the other side.'],
    cautions: [STOP_IF_SHARP, 'Keep the movement small if you feel dizzy, and sit down.'] },
  { id: 'upper-trapezius-stretch', name: 'Upper-trapezius stretch', region: 'neck', sides: 'each', ...STRETCH,
    steps: ['Sit tall and hold the edge of the chair with one hand.', 'Tip your head away from that hand and turn your nose slightly down.',
      'Rest the other hand lightly on your head; let its weight add a little stretch.', 'Hold, then switch sides.'],
    cautions: [STOP_IF_SHARP, 'Never pull on your head; the hand only rests there.'] },
  { id: 'doorway-chest-stretch', name: 'Doorway chest stretch', region: 'chest', sides: 'both', ...STRETCH,
    steps: ['Stand in a doorway and place your forearms on the frame, elbows at shoulder height.', 'Step one foot through and lean forward until you feel a stretch across your chest.',
      'Keep your back straight and your shoulders down.', 'Hold, then step back.'],
    cautions: [STOP_IF_SHARP, 'Skip it if your shoulder feels unstable or has recently been injured.'] },
  { id: 'chin-tuck', name: 'Chin tuck', region: 'neck', sides: 'both', sets: 2, reps: 10, timesPerDay: 3, durationDays: 21,
    steps: ['Sit or stand tall, looking straight ahead.', 'Gently slide your chin straight back, as if making a double chin.',
      'Hold for a breath or two, then relax.', 'Keep your eyes level: the head moves back, not down.'],
    cautions: [STOP_IF_SHARP, GENTLE] },
  { id: 'cat-cow', name: 'Cat–cow', region: 'lower-back', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21,
    steps: ['Start on hands and knees, hands under shoulders, knees under hips.', 'Breathe in and let your belly drop as you look slightly up.',
      'Breathe out and round your back toward the ceiling, tucking your chin.', 'Flow slowly between the two.'],
    cautions: [STOP_IF_SHARP, 'Pad your knees if kneeling is uncomfortable.'] },
  { id: 'childs-pose', name: "Child's pose", region: 'lower-back', sides: 'both', ...STRETCH, timesPerDay: 1,
    steps: ['Kneel and sit back toward your heels, knees comfortably apart.', 'Walk your hands forward and rest your forehead on the floor or a cushion.',
      'Let your back and shoulders soften as you breathe slowly.', 'Walk your hands back to come up.'],
    cautions: [STOP_IF_SHARP, 'Put a cushion between your heels and hips if your knees complain.'] },
  { id: 'hip-flexor-lunge', name: 'Hip-flexor lunge stretch', region: 'hips', sides: 'each', ...STRETCH,
    steps: ['Kneel on one knee with the other foot flat in front of you.', 'Tuck your tailbone under and shift your weight gently forward.',
      'Feel the stretch at the front of the hip of the kneeling leg.', 'Hold, then switch sides.'],
    cautions: [STOP_IF_SHARP, 'Keep your front knee above your ankle, and hold on to a chair for balance.'] },
  { id: 'hamstring-stretch', name: 'Hamstring stretch', region: 'legs', sides: 'each', ...STRETCH,
    steps: ['Lie on your back and loop a towel or strap around one foot.', 'Straighten that leg toward the ceiling until you feel a stretch behind the thigh.',
      'Keep the other leg bent or flat, whichever is comfortable.', 'Hold, then switch legs.'],
    cautions: [STOP_IF_SHARP, "Don't bounce; ease in and hold still."] },
  { id: 'figure-four-stretch', name: 'Piriformis (figure-four) stretch', region: 'hips', sides: 'each', ...STRETCH,
    steps: ['Lie on your back with both knees bent.', 'Cross one ankle over the opposite knee.',
      'Hold the back of the lower thigh and draw it toward you until you feel a stretch in the buttock.', 'Hold, then switch sides.'],
    cautions: [STOP_IF_SHARP, 'Go easy if the stretch makes pain travel down your leg, and tell your therapist.'] },
  { id: 'calf-stretch', name: 'Calf stretch', region: 'legs', sides: 'each', ...STRETCH,
    steps: ['Face a wall with your hands on it.', 'Step one foot back and keep that heel on the floor, knee straight.',
      'Lean forward until you feel a stretch in the back of the lower leg.', 'Hold, then switch legs.'],
    cautions: [STOP_IF_SHARP, GENTLE] },
  { id: 'wrist-flexor-stretch', name: 'Wrist-flexor stretch', region: 'arms-wrists', sides: 'each', ...STRETCH, timesPerDay: 3,
    steps: ['Hold one arm straight out in front, palm up.', 'With the other hand, gently draw the fingers down and back.',
      'Feel the stretch along the inside of the forearm.', 'Hold, then switch arms.'],
    cautions: [STOP_IF_SHARP, 'Keep the pull light; the wrist is small and easy to overdo.'] },
  { id: 'tennis-ball-release', name: 'Tennis-ball trigger-point release', region: 'upper-back', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14,
    steps: ['Place a tennis ball between a tight spot and a wall or the floor.', 'Lean in slowly until you feel firm but bearable pressure.',
      'Stay on the spot and breathe until it eases a little.', 'Move to the next spot your therapist showed you.'],
    cautions: [STOP_IF_SHARP, 'Keep the ball off your spine, the front and sides of the neck, and bruised or broken skin.'] },
  { id: 'foam-rolling', name: 'Foam rolling', region: 'legs', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 21,
    steps: ['Place the roller under the muscle your therapist pointed out.', 'Support your weight with your hands or feet to control the pressure.',
      'Roll slowly back and forth over the area.', 'Pause on tight spots for a few breaths.'],
    cautions: [STOP_IF_SHARP, 'Roll muscles, not joints or your lower back, and skip bruised areas.'] },
];

/** Every library exercise: the original thirteen first (their ids travel in old links), then the rest by region. */
export const EXERCISE_LIBRARY: readonly LibraryExercise[] = [...ORIGINAL_THIRTEEN, ...NECK_SHOULDER_CHEST, ...BACK, ...HIPS_LEGS_FEET, ...ARMS_WRISTS];

/** The library exercise with this id, if there is one. */
export function findLibraryExercise(id: string): LibraryExercise | undefined {
  return EXERCISE_LIBRARY.find((exercise) => exercise.id === id);
}

/** Whether an exercise is done one side at a time: its own say, else the library's, else not. */
export function sidesOf(exercise: Pick<Exercise, 'id' | 'sides'>): Sides {
  return exercise.sides ?? findLibraryExercise(exercise.id)?.sides ?? 'both';
}

/** A fresh id for an exercise written from scratch, never clashing with the library or the plan. */
export function customExerciseId(takenIds: readonly string[]): string {
  let number = 1;
  while (takenIds.includes(`custom-${number}`)) number += 1;
  return `custom-${number}`;
}

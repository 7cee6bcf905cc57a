/** Library exercises for the upper and lower back, added to the original thirteen. */
import type { LibraryExercise } from '../exerciseLibrary';
import { GENTLE, STOP_IF_SHARP, STRETCH } from './wording';

export const BACK: readonly LibraryExercise[] = [
  { id: 'scapular-squeeze', name: 'Shoulder-blade squeeze', region: 'upper-back', sides: 'both', sets: 2, reps: 10, timesPerDay: 2, durationDays: 21,
    steps: ['Sit or stand tall with your arms relaxed and elbows bent.', 'Draw your elbows back and squeeze your shoulder blades gently together.',
      'Hold for a breath or two without lifting your shoulders toward your ears.', 'Relax and repeat.'],
    cautions: [STOP_IF_SHARP, 'Squeeze gently; this is about control, not force.'] },
  { id: 'foam-roller-upper-back', name: 'Foam roller upper-back stretch', region: 'upper-back', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 21,
    steps: ['Sit on the floor with a foam roller behind you, then lie back so it is across your upper back.', 'Bend your knees with your feet flat, and support your head with your hands.',
      'Let your upper back ease back over the roller for a few breaths, then come back up.', 'Move the roller a hand width and repeat.'],
    cautions: [STOP_IF_SHARP, 'Keep the roller under the upper back, never under the neck or lower back.'] },
  { id: 'seated-upper-back-stretch', name: 'Seated upper-back stretch', region: 'upper-back', sides: 'both', ...STRETCH,
    steps: ['Sit tall and hold your hands together in front of you at shoulder height.', 'Reach your hands forward as you round your upper back and let your head drop a little.',
      'Feel the stretch between your shoulder blades and breathe into it.', 'Hold, then sit tall again.'],
    cautions: [STOP_IF_SHARP, GENTLE] },
  { id: 'knees-to-chest', name: 'Knees to chest', region: 'lower-back', sides: 'both', ...STRETCH,
    steps: ['Lie on your back with your knees bent and feet flat.', 'Bring one knee, then the other, up toward your chest.',
      'Hold your shins or the backs of your thighs and draw them gently closer.', 'Hold, then lower one foot at a time.'],
    cautions: [STOP_IF_SHARP, 'Hold behind the thighs instead if holding the shins strains your knees.'] },
  { id: 'standing-back-extension', name: 'Standing back extension', region: 'lower-back', sides: 'both', sets: 2, reps: 8, timesPerDay: 2, durationDays: 21,
    steps: ['Stand with your feet hip-width apart and place your hands on your lower back, fingers pointing down.', 'Lean back gently over your hands, looking slightly up.',
      'Hold for a breath, then come back to standing tall.', 'Keep your knees soft and the movement small.'],
    cautions: [STOP_IF_SHARP, 'Skip it if leaning back makes pain travel into a leg, and tell your therapist.', 'Keep the movement small if you feel dizzy.'] },
];

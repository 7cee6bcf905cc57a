/** Library exercises for the arms and wrists, added to the original thirteen. */
import type { LibraryExercise } from '../exerciseLibrary';
import { STOP_IF_SHARP, STRETCH } from './wording';

export const ARMS_WRISTS: readonly LibraryExercise[] = [
  { id: 'triceps-stretch', name: 'Triceps stretch', region: 'arms-wrists', sides: 'each', ...STRETCH,
    steps: ['Stand or sit tall and raise one arm.', 'Bend that elbow so your hand drops behind your head.',
      'With the other hand, ease the elbow gently back until you feel a stretch at the back of the upper arm.', 'Hold, then switch arms.'],
    cautions: [STOP_IF_SHARP, 'Keep your head up; do not let the arm push it forward.'] },
  { id: 'prayer-stretch', name: 'Prayer stretch', region: 'arms-wrists', sides: 'both', ...STRETCH, timesPerDay: 3,
    steps: ['Press your palms together in front of your chest, fingers pointing up.', 'Keeping the palms together, lower your hands slowly toward your waist.',
      'Stop when you feel a stretch along the insides of your forearms, elbows out to the sides.', 'Hold, then raise your hands again.'],
    cautions: [STOP_IF_SHARP, 'Keep the pressure between your palms light.'] },
];

/** Library exercises for the neck, shoulders and chest, added to the original thirteen. */
import type { LibraryExercise } from '../exerciseLibrary';
import { STOP_IF_SHARP, STRETCH } from './wording';

export const NECK_SHOULDER_CHEST: readonly LibraryExercise[] = [
  { id: 'chin-to-chest-stretch', name: 'Chin-to-chest stretch', region: 'neck', sides: 'both', ...STRETCH,
    steps: ['Sit tall with your feet flat and your shoulders relaxed.', 'Slowly lower your chin toward your chest until you feel a stretch at the back of your neck.',
      'Hold, breathing easily.', 'Lift your head slowly back to level.'],
    cautions: [STOP_IF_SHARP, 'Let the head hang by its own weight; never pull it down with your hands.'] },
  { id: 'cross-body-shoulder-stretch', name: 'Cross-body shoulder stretch', region: 'shoulders', sides: 'each', ...STRETCH,
    steps: ['Stand or sit tall.', 'Bring one straight arm across your chest at shoulder height.',
      'With the other hand, hold it just above the elbow and draw it gently closer until you feel a stretch at the back of the shoulder.', 'Hold, then switch arms.'],
    cautions: [STOP_IF_SHARP, 'Press on the upper arm, not on the elbow joint itself.'] },
  { id: 'wall-angel', name: 'Wall angel', region: 'shoulders', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21,
    steps: ['Stand with your back, head and bottom against a wall, feet a small step away from it.', 'Raise your arms like goal posts, elbows bent and the backs of your arms near the wall.',
      'Slide your arms slowly up the wall as far as is comfortable, then back down.', 'Keep your lower back from arching away from the wall.'],
    cautions: [STOP_IF_SHARP, 'Your arms do not have to touch the wall; go only as far as is comfortable.'] },
  { id: 'pendulum-swing', name: 'Pendulum swing', region: 'shoulders', sides: 'each', sets: 2, holdSeconds: 30, timesPerDay: 2, durationDays: 14,
    steps: ['Stand beside a chair or table and rest one hand on it.', 'Lean forward a little and let your other arm hang loose.',
      'Shift your weight gently so the hanging arm swings forward and back by itself.', 'Keep the shoulder relaxed; let the body move the arm. Then switch arms.'],
    cautions: [STOP_IF_SHARP, "Keep the swing small and easy; this is for loosening, not effort."] },
  { id: 'clasped-hands-chest-opener', name: 'Clasped-hands chest opener', region: 'chest', sides: 'both', ...STRETCH,
    steps: ['Stand tall and clasp your hands behind your back.', 'Draw your shoulders back and down and let your chest lift.',
      'Raise your hands a little away from your back until you feel a stretch across the chest.', 'Hold, then lower your hands and relax.'],
    cautions: [STOP_IF_SHARP, 'Hold a towel between your hands if they do not reach each other.'] },
  { id: 'ball-chest-release', name: 'Ball release for the chest', region: 'chest', sides: 'each', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14,
    steps: ['Stand facing a wall with a tennis ball in one hand.', 'Place the ball against the wall at the front of your shoulder, just below the collarbone.',
      'Lean in slowly until you feel firm but bearable pressure, and breathe.', 'Ease off, then do the other side.'],
    cautions: [STOP_IF_SHARP, 'Keep the ball on muscle: off the collarbone, the breast and the front of the armpit.'] },
];

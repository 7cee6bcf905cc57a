/** Library exercises for the hips, legs and feet, added to the original thirteen. */
import type { LibraryExercise } from '../exerciseLibrary';
import { GENTLE, STOP_IF_SHARP, STRETCH } from './wording';

export const HIPS_LEGS_FEET: readonly LibraryExercise[] = [
  { id: 'glute-bridge', name: 'Glute bridge', region: 'hips', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21,
    steps: ['Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.', 'Press through your heels and lift your hips until your body is in a line from shoulders to knees.',
      'Hold for a breath, squeezing your buttocks.', 'Lower slowly, one part of the back at a time.'],
    cautions: [STOP_IF_SHARP, 'Lift only as high as you can without arching your lower back.'] },
  { id: 'butterfly-stretch', name: 'Butterfly stretch', region: 'hips', sides: 'both', ...STRETCH,
    steps: ['Sit on the floor and bring the soles of your feet together, knees out to the sides.', 'Hold your ankles and sit tall.',
      'Let your knees sink slowly toward the floor until you feel a stretch in your inner thighs.', 'Hold, then bring your knees up again.'],
    cautions: [STOP_IF_SHARP, 'Never push your knees down with your hands.', 'Sit on a folded towel if sitting tall is hard.'] },
  { id: 'standing-quad-stretch', name: 'Standing quad stretch', region: 'legs', sides: 'each', ...STRETCH,
    steps: ['Stand tall and hold a wall or chair with one hand.', 'Bend one knee and hold that ankle with your free hand.',
      'Draw the heel gently toward your buttock, knees side by side, until you feel a stretch at the front of the thigh.', 'Hold, then switch legs.'],
    cautions: [STOP_IF_SHARP, 'Loop a towel around the ankle if you cannot reach it.'] },
  { id: 'heel-raise', name: 'Heel raise', region: 'legs', sides: 'both', sets: 2, reps: 12, timesPerDay: 1, durationDays: 21,
    steps: ['Stand tall holding the back of a chair.', 'Rise slowly onto the balls of your feet.',
      'Pause at the top, then lower your heels slowly to the floor.', 'Keep your weight even across both feet.'],
    cautions: [STOP_IF_SHARP, 'Keep a hand on the chair for balance the whole time.'] },
  { id: 'ankle-circles', name: 'Ankle circles', region: 'feet', sides: 'each', sets: 2, reps: 10, timesPerDay: 2, durationDays: 14,
    steps: ['Sit with one leg held out in front of you, heel on the floor or lifted.', 'Point your toes, then draw them back toward you.',
      'Turn this into slow circles with your foot, ten one way and ten the other.', 'Switch feet.'],
    cautions: [STOP_IF_SHARP, GENTLE] },
  { id: 'foot-ball-roll', name: 'Ball roll for the foot', region: 'feet', sides: 'each', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14,
    steps: ['Sit on a chair with a tennis ball under the sole of one foot.', 'Roll the ball slowly from your heel to the ball of your foot and back.',
      'Press only as firmly as feels good, pausing on tight spots.', 'Switch feet.'],
    cautions: [STOP_IF_SHARP, 'Skip it if your feet have poor feeling or a wound, and ask your doctor first.'] },
  { id: 'towel-foot-stretch', name: 'Towel foot stretch', region: 'feet', sides: 'each', ...STRETCH,
    steps: ['Sit on the floor with one leg straight in front of you.', 'Loop a towel around the ball of that foot and hold both ends.',
      'Draw the towel gently so your toes come back toward you, until you feel a stretch under the foot and in the calf.', 'Hold, then switch feet.'],
    cautions: [STOP_IF_SHARP, 'Keep your knee straight but not locked.'] },
];

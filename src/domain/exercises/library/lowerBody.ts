/** Library exercises for the hips, legs and feet, added to the original thirteen. */
import type { LibraryEntry } from '../exerciseLibrary';
import { STRETCH } from './doses';

export const HIPS_LEGS_FEET: readonly LibraryEntry[] = [
  { id: 'glute-bridge', region: 'hips', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21 },
  { id: 'butterfly-stretch', region: 'hips', sides: 'both', ...STRETCH },
  { id: 'standing-quad-stretch', region: 'legs', sides: 'each', ...STRETCH },
  { id: 'heel-raise', region: 'legs', sides: 'both', sets: 2, reps: 12, timesPerDay: 1, durationDays: 21 },
  { id: 'ankle-circles', region: 'feet', sides: 'each', sets: 2, reps: 10, timesPerDay: 2, durationDays: 14 },
  { id: 'foot-ball-roll', region: 'feet', sides: 'each', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14 },
  { id: 'towel-foot-stretch', region: 'feet', sides: 'each', ...STRETCH },
];

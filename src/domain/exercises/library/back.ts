/** Library exercises for the upper and lower back, added to the original thirteen. */
import type { LibraryEntry } from '../exerciseLibrary';
import { STRETCH } from './doses';

export const BACK: readonly LibraryEntry[] = [
  { id: 'scapular-squeeze', region: 'upper-back', sides: 'both', sets: 2, reps: 10, timesPerDay: 2, durationDays: 21 },
  { id: 'foam-roller-upper-back', region: 'upper-back', sides: 'both', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 21 },
  { id: 'seated-upper-back-stretch', region: 'upper-back', sides: 'both', ...STRETCH },
  { id: 'knees-to-chest', region: 'lower-back', sides: 'both', ...STRETCH },
  { id: 'standing-back-extension', region: 'lower-back', sides: 'both', sets: 2, reps: 8, timesPerDay: 2, durationDays: 21 },
];

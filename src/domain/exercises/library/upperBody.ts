/** Library exercises for the neck, shoulders and chest, added to the original thirteen. */
import type { LibraryEntry } from '../exerciseLibrary';
import { STRETCH } from './doses';

export const NECK_SHOULDER_CHEST: readonly LibraryEntry[] = [
  { id: 'chin-to-chest-stretch', region: 'neck', sides: 'both', ...STRETCH },
  { id: 'cross-body-shoulder-stretch', region: 'shoulders', sides: 'each', ...STRETCH },
  { id: 'wall-angel', region: 'shoulders', sides: 'both', sets: 2, reps: 10, timesPerDay: 1, durationDays: 21 },
  { id: 'pendulum-swing', region: 'shoulders', sides: 'each', sets: 2, holdSeconds: 30, timesPerDay: 2, durationDays: 14 },
  { id: 'clasped-hands-chest-opener', region: 'chest', sides: 'both', ...STRETCH },
  { id: 'ball-chest-release', region: 'chest', sides: 'each', sets: 1, holdSeconds: 60, timesPerDay: 1, durationDays: 14 },
];
